using System.Globalization;

namespace LtvKit.Ingest.Presets;

/// <summary>The order date of a cart export whose date needs more than <see cref="DateText"/>: a split time column, or an instant in UTC.</summary>
/// <remarks>
/// A split time (楽天, MakeShop: 注文日 <c>2024/01/31</c>, 注文時間 <c>23:10:05</c>) is joined to the date and checked
/// with it, so <c>25:00</c> is rejected as in a single column; the date is the one written (the export is in JST).
/// An instant in UTC (Amazon: <c>2024-01-31T22:30:00+00:00</c>) is converted to the calendar date of the time zone
/// (<see cref="LoadOptions.TimeZone"/>, Asia/Tokyo by default): that order is on 2024-02-01. An instant written
/// without an offset is taken as UTC.
/// </remarks>
internal sealed class CartDates(int timeColumn, bool utc, TimeZoneInfo zone)
{
    public bool TryRead(CsvSource source, int dateColumn, out DateOnly date, out string text, out string why)
    {
        text = source.GetString(dateColumn).Trim();
        if (timeColumn >= 0 && text.Length > 0 && source.GetString(timeColumn).Trim() is { Length: > 0 } time)
            text = text + " " + time;
        if (!DateText.TryParse(text, out date, out why))
            return false;
        if (!utc)
            return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            why = "not a timestamp (expected e.g. 2024-01-31T22:30:00+00:00)";
            return false;
        }
        date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return true;
    }
}
