namespace LtvKit.Clv;

/// <summary>A fitted CLV run: the model summary, both models and the forecast, as the CLI writes them.</summary>
public sealed record ClvRun(ModelSummary Summary, BgNbdModel Purchases, GammaGammaModel Spend, ClvForecast Forecast)
{
    public static ClvRun Fit(ModelSummary summary, int horizonMonths, double annualDiscountRate)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var purchases = BgNbdModel.Fit(summary);
        var spend = GammaGammaModel.Fit(summary);
        return new ClvRun(summary, purchases, spend, ClvForecast.Compute(purchases, spend, summary, horizonMonths, annualDiscountRate));
    }
}
