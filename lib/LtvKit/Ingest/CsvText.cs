namespace LtvKit.Ingest;

/// <summary>Writes CSV cells the way Excel reads them, safe against formula injection.</summary>
/// <remarks>
/// A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be run
/// as a formula when a client opens the file in Excel; it is prefixed with an apostrophe, which Excel
/// shows as plain text. Numbers the kit formats itself are written as they are.
/// </remarks>
public static class CsvText
{
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return text.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    public static void WriteRow(TextWriter writer, params ReadOnlySpan<string> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
                writer.Write(',');
            writer.Write(cells[i]);
        }
        writer.Write("\r\n");
    }
}
