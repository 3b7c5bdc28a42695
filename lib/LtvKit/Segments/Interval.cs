using System.Globalization;

namespace LtvKit.Segments;

/// <summary>A half-open interval [Min, Max) on one customer measure; a null bound is unbounded.</summary>
public readonly record struct Interval(decimal? Min, decimal? Max)
{
    public static readonly Interval All = new(null, null);

    public bool Contains(decimal value) => (Min is null || value >= Min) && (Max is null || value < Max);

    public override string ToString() => (Min, Max) switch
    {
        (null, null) => "any",
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {min:N0}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"< {max:N0}"),
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min:N0} … < {max:N0}"),
    };
}

/// <summary>One named customer group: a box over tenure (T), revenue (M), recency and purchases.</summary>
public sealed record SegmentRule(string Name, Interval TenureDays, Interval Revenue, Interval RecencyDays, Interval Purchases)
{
    public bool Matches(decimal tenureDays, decimal revenue, decimal recencyDays, decimal purchases) =>
        TenureDays.Contains(tenureDays) && Revenue.Contains(revenue) && RecencyDays.Contains(recencyDays) && Purchases.Contains(purchases);
}
