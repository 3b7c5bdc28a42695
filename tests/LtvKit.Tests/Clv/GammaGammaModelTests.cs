using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class GammaGammaModelTests(CdnowFixture cdnow)
{
    /// <summary>The CDNOW estimates published by Fader and Hardie (2013).</summary>
    private static readonly GammaGammaModel Paper = new(6.25, 3.74, 15.44);

    private static readonly DateOnly End = new(2024, 3, 31);

    [Fact]
    public void Fit_CdnowSample_ReproducesPublishedEstimates()
    {
        var model = cdnow.GammaGamma;

        Assert.Equal(6.25, model.P, 0.01);
        Assert.Equal(3.74, model.Q, 0.01);
        Assert.Equal(15.44, model.Gamma, 0.01);
        Assert.Equal(946, model.Estimation!.Customers);
        Assert.Equal(0, model.ZeroSpendCustomersExcluded);
    }

    [Fact]
    public void Fit_CdnowSample_ReportsFrequencySpendCorrelation()
    {
        // Fader and Hardie (2013) report a correlation of 0.11 between x and z̄ on these 946 customers.
        Assert.Equal(0.11, cdnow.GammaGamma.FrequencySpendCorrelation!.Value, 2);
    }

    [Fact]
    public void Fit_CdnowSample_LogLikelihoodIsTheMaximum()
    {
        Assert.Equal(cdnow.GammaGamma.Estimation!.LogLikelihood, cdnow.GammaGamma.LogLikelihood(cdnow.Summary), 1e-9);
        Assert.True(cdnow.GammaGamma.LogLikelihood(cdnow.Summary) >= Paper.LogLikelihood(cdnow.Summary));
    }

    [Fact]
    public void ConditionalExpectedAverageSpend_HandComputed()
    {
        // p (γ + x z̄) / (p x + q − 1) = 6.25 · (15.44 + 10) / (6.25 + 2.74)
        Assert.Equal(6.25 * 25.44 / 8.99, Paper.ConditionalExpectedAverageSpend(1, 10), 1e-12);
    }

    [Fact]
    public void ConditionalExpectedAverageSpend_NoRepeatPurchase_IsMeanSpend()
    {
        Assert.Equal(6.25 * 15.44 / 2.74, Paper.MeanSpend, 1e-12);
        Assert.Equal(Paper.MeanSpend, Paper.ConditionalExpectedAverageSpend(0, 0), 1e-12);
    }

    [Fact]
    public void ConditionalExpectedAverageSpend_ManyRepeatPurchases_ApproachesOwnAverage()
    {
        Assert.Equal(80, Paper.ConditionalExpectedAverageSpend(100_000, 80), 0.01);
    }

    [Fact]
    public void Fit_ZeroSpendRepeatCustomer_IsLeftOutAndCounted()
    {
        var withFreeSamples = new ModelSummary(
            cdnow.Summary.Customers.Append(new ModelSummaryRow("free", 2, 3, 20, 0m, 0)),
            TimeUnit.Weeks, CdnowData.CalibrationEnd, CdnowData.HoldoutEnd);

        var model = GammaGammaModel.Fit(withFreeSamples);

        Assert.Equal(1, model.ZeroSpendCustomersExcluded);
        Assert.Equal(946, model.Estimation!.Customers);
        Assert.Equal(cdnow.GammaGamma.P, model.P, 4);
    }

    [Fact]
    public void Fit_FewerThanTenRepeatCustomers_Throws()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new ModelSummaryRow($"c{i}", i < 9 ? 2 : 0, i < 9 ? 5 : 0, 40, i < 9 ? 20m + i : 0m, 0));

        var e = Assert.Throws<ClvException>(() => GammaGammaModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("only 9 of 30 customers made a repeat purchase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoRepeatCustomer_Throws()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new ModelSummaryRow($"c{i}", 0, 0, 40, 0m, 0));

        var e = Assert.Throws<ClvException>(() => GammaGammaModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("Gamma-Gamma", e.Message, StringComparison.Ordinal);
        Assert.Contains("none of the 30 customers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_RepeatCustomersWithOnlyZeroSpend_Throws()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new ModelSummaryRow($"c{i}", 1, 5, 40, i < 5 ? 10m : 0m, 0));

        var e = Assert.Throws<ClvException>(() => GammaGammaModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("only 5 repeat customers spent more than 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_QAtMostOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GammaGammaModel(6, 1, 15));
    }

    [Fact]
    public void ToString_ShowsParametersAndCorrelation()
    {
        Assert.Equal("Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44, mean spend 35.22", Paper.ToString());
        Assert.StartsWith("Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44, mean spend 35.17, corr(x, z̄) = 0.11; log-likelihood", cdnow.GammaGamma.ToString(), StringComparison.Ordinal);
    }
}
