using System.Globalization;

namespace LtvKit.Notebooks.Formatting;

/// <summary>How one value reads in a table cell: culture-independent, dates as ISO, numbers without noise.</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime { TimeOfDay.Ticks: 0 } d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        double d => Number(d),
        float f => Number(f),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static bool IsNumber(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    private static string Number(double d) =>
        double.IsFinite(d) && d != 0 && Math.Abs(d) < 1e-4
            ? d.ToString("G4", CultureInfo.InvariantCulture)
            : d.ToString("0.####", CultureInfo.InvariantCulture);
}
