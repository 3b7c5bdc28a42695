namespace LtvKit.Clv;

/// <summary>A predictive-CLV step cannot give a trustworthy answer, told in business words.</summary>
/// <remarks>
/// Thrown instead of returning NaN or a meaningless number: too few repeat customers to estimate
/// a repeat rate, every customer seen for zero days, an optimiser that did not settle, a spend
/// distribution without a finite average. The message says what is wrong with the data and,
/// where there is one, what to change (a longer calibration window, a later calibration end).
/// </remarks>
public sealed class ClvException : Exception
{
    public ClvException(string message) : base(message) { }

    public ClvException(string message, Exception inner) : base(message, inner) { }

    public ClvException() { }
}
