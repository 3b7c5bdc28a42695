using System.Globalization;
using LtvKit.Segments;

namespace LtvKit.Clv;

/// <summary>One cell of <see cref="ClvBySegment"/>: a customer group × 既存/離脱, with its P(alive) and predicted CLV.</summary>
/// <param name="Segment">The group name (rule name of the segmentation).</param>
/// <param name="Status">Active (既存顧客) or churned (離脱客) by the segmentation's churn days.</param>
/// <param name="Customers">Customers of the cell that have a forecast.</param>
/// <param name="MeanProbabilityAlive">Mean BG/NBD P(alive); null for an empty cell (never NaN).</param>
/// <param name="MeanValue">Mean predicted CLV per customer; null for an empty cell.</param>
/// <param name="TotalValue">Sum of the customers' predicted CLV; 0 for an empty cell.</param>
public sealed record ClvSegmentCell(
    string Segment,
    CustomerStatus Status,
    int Customers,
    double? MeanProbabilityAlive,
    double? MeanValue,
    double TotalValue)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Segment} {Status}: {Customers:N0} customers, P(alive) {(MeanProbabilityAlive is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "–")}, CLV mean {(MeanValue is { } m ? m.ToString("N0", CultureInfo.InvariantCulture) : "–")}, total {TotalValue:N0}");
}
