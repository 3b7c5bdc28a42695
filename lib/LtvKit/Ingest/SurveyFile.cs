using System.Globalization;

namespace LtvKit.Ingest;

/// <summary>One answer of an NPS survey: how likely (0–10) the customer is to recommend the shop.</summary>
public readonly record struct SurveyAnswer(string CustomerId, int Score);

/// <summary>Reads an NPS survey file: a customer id column and a 0–10 score column.</summary>
/// <remarks>Every row must be usable: a score that is not a whole number from 0 to 10 stops the run with file, line and column.</remarks>
public static class SurveyFile
{
    public static readonly IReadOnlyList<string> ScoreHeaders = ["NPS", "スコア", "推奨度", "score", "nps_score"];

    /// <param name="foldIds">Fold the customer ids (<see cref="CustomerIdFold"/>), as the orders are with <c>--fold-ids</c>.</param>
    public static IReadOnlyList<SurveyAnswer> Read(string path, TextEncoding encoding = TextEncoding.Auto, bool foldIds = false)
    {
        using var source = CsvSource.Open(path, encoding, "survey file");
        var headers = source.ReadHeader();
        var id = HeaderLookup.Require(source.Path, headers, "customer id", HeaderAliases.For(OrderField.CustomerId));
        var score = HeaderLookup.Require(source.Path, headers, "score", ScoreHeaders);
        var answers = new List<SurveyAnswer>();
        while (source.Read())
        {
            if (source.Count != headers.Length)
                throw new InputException($"{source.Path}:{source.Line}: the row has {source.Count} fields, the header has {headers.Length}.");
            var text = source.GetString(score).Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 10)
                throw new InputException($"{source.Path}:{source.Line}: {headers[score]} is '{text}' — a score must be a whole number from 0 to 10.");
            var customer = source.GetString(id).Trim();
            answers.Add(new SurveyAnswer(foldIds ? CustomerIdFold.Fold(customer) : customer, value));
        }
        return answers;
    }
}
