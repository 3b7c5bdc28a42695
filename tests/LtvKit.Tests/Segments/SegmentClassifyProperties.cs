using FsCheck.Xunit;
using LtvKit.Customers;
using LtvKit.Segments;

namespace LtvKit.Tests.Segments;

/// <summary>Classify compares whole-number measures as whole numbers: the same group as the decimal rules, also for fractional bounds.</summary>
public class SegmentClassifyProperties
{
    private static readonly SegmentRules Fractional = SegmentRules.Create(
    [
        new("Short", new(null, 89.5m), Interval.All, new(null, 239.25m), Interval.All),
        new("ShortAway", new(null, 89.5m), Interval.All, new(239.25m, null), Interval.All),
        new("LongFew", new(89.5m, null), new(null, 70_000.5m), Interval.All, new(null, 2.5m)),
        new("LongMany", new(89.5m, null), new(null, 70_000.5m), Interval.All, new(2.5m, null)),
        new("LongRich", new(89.5m, null), new(70_000.5m, null), Interval.All, Interval.All),
    ]);

    [Property(MaxTest = 1000)]
    public bool Classify_AnyCustomer_SameGroupAsTheDecimalRules(byte tenure, int revenue, byte recency, byte orders)
    {
        var customer = new Customer("c", orders + 1, 1, revenue / 100m, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1).AddDays(tenure),
            tenure, recency, null, "", "");
        var expected = -1;
        for (var i = 0; i < Fractional.Rules.Count && expected < 0; i++)
        {
            if (Fractional.Rules[i].Matches(customer.TenureDays, customer.Revenue, customer.RecencyDays, customer.Purchases))
                expected = i;
        }
        return Fractional.Classify(customer) == expected;
    }
}
