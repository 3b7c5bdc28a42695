using System.Globalization;
using LtvKit.Segments;

namespace LtvKit.Charts;

/// <summary>The names of the customer groups and statuses, and the colours they have in every chart.</summary>
/// <remarks>
/// The five groups of seed 000 have fixed colours so that a reader recognises a group from chart to chart; a
/// custom group (a <c>--config</c> rule set) gets the palette colour of its position and keeps its own name.
/// </remarks>
public static class ChartLabels
{
    /// <summary>Colours of the five default groups, in <see cref="Segment"/> order; custom groups cycle through them and <see cref="ExtraColors"/>.</summary>
    public static readonly IReadOnlyList<string> GroupColors = ["#9aa5b1", "#e9a23b", "#3f9b6e", "#d9534f", "#2f6db5"];

    /// <summary>More colours for custom rule sets with more than five groups.</summary>
    public static readonly IReadOnlyList<string> ExtraColors = ["#8e6cc0", "#1fa2a8", "#b5651d", "#6b7a3a", "#c2477f"];

    /// <summary>既存顧客 (Active): a strong blue-grey.</summary>
    public const string ActiveColor = "#34587f";

    /// <summary>離脱客 (Churned): a light grey, so the eye goes to the customers still active.</summary>
    public const string ChurnedColor = "#c3cad3";

    /// <summary>Threshold and reference lines.</summary>
    public const string LineColor = "#5b6470";

    /// <summary>The font stack of every chart: system fonts, then Noto Sans CJK JP for Japanese (no web fonts).</summary>
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', Meiryo, sans-serif";

    /// <summary>The colour of the group at <paramref name="index"/> in rule order.</summary>
    public static string ColorAt(int index)
    {
        var all = GroupColors.Concat(ExtraColors).ToList();
        return all[((index % all.Count) + all.Count) % all.Count];
    }

    /// <summary>A group's label: the seed's Japanese name or an English one for the five default groups; a custom group's own name.</summary>
    public static string Group(string segment, LabelLanguage language)
    {
        if (!Enum.TryParse<Segment>(segment, ignoreCase: false, out var known) || !Enum.IsDefined(known))
            return segment;
        return language == LabelLanguage.Japanese ? SegmentLabels.Japanese(known) : known switch
        {
            Segment.FirstTimer => "First-timers",
            Segment.Fledgling => "Fledglings",
            Segment.Steady => "Steady",
            Segment.Trendy => "Trendy",
            Segment.Loyal => "Loyal",
            _ => segment,
        };
    }

    /// <summary>既存顧客 / 離脱客, or Active / Churned.</summary>
    public static string Status(CustomerStatus status, LabelLanguage language) => language == LabelLanguage.Japanese
        ? SegmentLabels.Japanese(status)
        : status == CustomerStatus.Active ? "Active" : "Churned";

    /// <summary>The Japanese or the English text.</summary>
    public static string Pick(LabelLanguage language, string japanese, string english) =>
        language == LabelLanguage.Japanese ? japanese : english;

    /// <summary>A count with thousands separators: 12,345.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Yen with thousands separators: ¥12,345 (rounded to the yen).</summary>
    public static string Yen(decimal value) => "¥" + Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);
}
