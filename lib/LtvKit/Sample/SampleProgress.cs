namespace LtvKit.Sample;

/// <summary>How far the generator is: the simulated day it has reached and the order lines written so far.</summary>
/// <param name="Day">The date of the latest order written.</param>
/// <param name="Lines">Order lines written so far.</param>
/// <param name="Fraction">Share of the period simulated, 0 to 1.</param>
public readonly record struct SampleProgress(DateOnly Day, long Lines, double Fraction);
