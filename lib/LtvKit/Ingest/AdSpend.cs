namespace LtvKit.Ingest;

/// <summary>What one channel (媒体) cost in one calendar month: a row of the ad-spend file.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Channel">The channel, as the orders file names it (the first channel of the customers it brought).</param>
/// <param name="Cost">広告費 in yen, tax basis as the consultant keeps it.</param>
public sealed record AdSpend(DateOnly Month, string Channel, decimal Cost);
