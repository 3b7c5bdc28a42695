using FsCheck.Xunit;
using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

[Collection(CdnowGroup.Name)]
public sealed class BgNbdModelTests(CdnowFixture cdnow)
{
    /// <summary>The CDNOW estimates published by Fader, Hardie and Lee (2005), weeks.</summary>
    private static readonly BgNbdModel Paper = new(0.243, 4.414, 0.793, 2.426);

    private static readonly DateOnly End = new(2024, 3, 31);

    [Fact]
    public void Fit_CdnowSample_ReproducesPublishedEstimates()
    {
        var model = cdnow.BgNbd;

        Assert.Equal(0.243, model.R, 3);
        Assert.Equal(4.414, model.Alpha, 3);
        Assert.Equal(0.793, model.A, 3);
        Assert.Equal(2.426, model.B, 3);
        Assert.Equal(-9582.4, model.Estimation!.LogLikelihood, 0.1);
        Assert.True(model.Estimation.Converged);
        Assert.Equal(2_357, model.Estimation.Customers);
        Assert.Equal(TimeUnit.Weeks, model.Unit);
    }

    [Fact]
    public void Fit_CdnowSample_LogLikelihoodIsTheMaximum()
    {
        var fitted = cdnow.BgNbd.LogLikelihood(cdnow.Summary);

        Assert.Equal(cdnow.BgNbd.Estimation!.LogLikelihood, fitted, 1e-9);
        Assert.True(fitted >= Paper.LogLikelihood(cdnow.Summary));
        Assert.Equal(-9582.4, Paper.LogLikelihood(cdnow.Summary), 0.1);
    }

    [Fact]
    public void Fit_Days_SameShapesAndAlphaTimesSeven()
    {
        var days = ModelSummary.Build(CdnowData.SamplePurchaseDays(), CdnowData.CalibrationEnd, TimeUnit.Days, CdnowData.HoldoutEnd);

        var model = BgNbdModel.Fit(days);

        Assert.Equal(TimeUnit.Days, model.Unit);
        Assert.Equal(cdnow.BgNbd.R, model.R, 4);
        Assert.Equal(cdnow.BgNbd.Alpha * 7, model.Alpha, 2);
        Assert.Equal(cdnow.BgNbd.A, model.A, 4);
        Assert.Equal(cdnow.BgNbd.B, model.B, 4);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchase_IsOne()
    {
        Assert.Equal(1.0, Paper.ProbabilityAlive(0, 0, 38.86));
        Assert.Equal(1.0, Paper.ProbabilityAlive(0, 0, 10_000));
    }

    [Fact]
    public void ProbabilityAlive_OneRepeatOnTheLastDay_IsBOverAPlusB()
    {
        // x = 1, t_x = T: P(alive) = 1 / (1 + a/b) = b / (a + b) = 2.426 / 3.219
        Assert.Equal(2.426 / 3.219, Paper.ProbabilityAlive(1, 20, 20), 1e-12);
    }

    [Fact]
    public void ProbabilityAlive_HandComputed()
    {
        // x = 2, t_x = 30.43, T = 38.86: 1 / (1 + 0.793/3.426 · (43.274/34.844)^2.243)
        var expected = 1 / (1 + 0.793 / 3.426 * Math.Pow(43.274 / 34.844, 2.243));
        Assert.Equal(expected, Paper.ProbabilityAlive(2, 30.43, 38.86), 1e-12);
    }

    [Theory]
    [InlineData(38.0)] // last purchase shortly before the calibration end
    [InlineData(20.0)]
    [InlineData(1.0)] // long silence
    public void ProbabilityAlive_LongerSilence_IsLower(double lastPurchase)
    {
        Assert.True(Paper.ProbabilityAlive(3, lastPurchase, 38.86) < Paper.ProbabilityAlive(3, lastPurchase + 0.5, 38.86));
        Assert.InRange(Paper.ProbabilityAlive(3, lastPurchase, 38.86), 0, 1);
    }

    [Fact]
    public void ExpectedPurchases_PaperWorkedExample()
    {
        // Fader, Hardie and Lee (2005): a customer with x = 2, t_x = 30.43, T = 38.86 is expected to make
        // 1.226 purchases in the next 39 weeks.
        Assert.Equal(1.226, Paper.ExpectedPurchases(39, 2, 30.43, 38.86), 3);
    }

    [Theory]
    [InlineData(0, 0.0, 38.86, 39.0)]
    [InlineData(1, 5.0, 38.86, 39.0)]
    [InlineData(2, 30.43, 38.86, 39.0)]
    [InlineData(5, 30.0, 32.0, 4.0)]
    [InlineData(3, 10.0, 12.0, 200.0)]
    public void ExpectedPurchases_EqualsPaperEquation10(int x, double tx, double age, double t)
    {
        // Equation 10 as printed, with the untransformed 2F1(r+x, b+x; a+b+x−1; z).
        double r = Paper.R, alpha = Paper.Alpha, a = Paper.A, b = Paper.B;
        var z = t / (alpha + age + t);
        var bracket = 1 - Math.Pow((alpha + age) / (alpha + age + t), r + x) * Hypergeometric.Gauss2F1(r + x, b + x, a + b + x - 1, z);
        var denominator = 1 + (x > 0 ? a / (b + x - 1) * Math.Pow((alpha + age) / (alpha + tx), r + x) : 0);
        var expected = (a + b + x - 1) / (a - 1) * bracket / denominator;

        Assert.Equal(expected, Paper.ExpectedPurchases(t, x, tx, age), expected * 1e-10);
    }

    [Fact]
    public void ExpectedPurchasesNewCustomer_EqualsPaperEquation9()
    {
        double r = Paper.R, alpha = Paper.Alpha, a = Paper.A, b = Paper.B, t = 39;
        var expected = (a + b - 1) / (a - 1) * (1 - Math.Pow(alpha / (alpha + t), r) * Hypergeometric.Gauss2F1(r, b, a + b - 1, t / (alpha + t)));

        Assert.Equal(expected, Paper.ExpectedPurchasesNewCustomer(t), 1e-12);
    }

    [Fact]
    public void ExpectedPurchases_ZeroLength_IsZero()
    {
        Assert.Equal(0.0, Paper.ExpectedPurchases(0, 4, 20, 30));
    }

    [Fact]
    public void ExpectedPurchases_GrowsWithLength()
    {
        Assert.True(Paper.ExpectedPurchases(52, 2, 30.43, 38.86) > Paper.ExpectedPurchases(39, 2, 30.43, 38.86));
    }

    [Theory]
    [InlineData(0.9999)]
    [InlineData(1.0)] // the printed formula is 0 ÷ 0 here
    [InlineData(1.0001)]
    public void ExpectedPurchases_ANearOne_IsFiniteAndContinuous(double a)
    {
        var below = new BgNbdModel(0.5, 5, 0.99, 2).ExpectedPurchases(26, 2, 10, 20);
        var above = new BgNbdModel(0.5, 5, 1.01, 2).ExpectedPurchases(26, 2, 10, 20);

        var value = new BgNbdModel(0.5, 5, a, 2).ExpectedPurchases(26, 2, 10, 20);

        Assert.True(double.IsFinite(value));
        Assert.InRange(value, Math.Min(below, above), Math.Max(below, above));
    }

    [Property(MaxTest = 300)]
    public bool ExpectedPurchases_AnyHistory_IsFiniteNonNegativeAndGrowsWithLength(byte x, ushort ageTenths, byte lastPercent, ushort lengthHundredths)
    {
        var age = ageTenths / 10.0;
        var last = x == 0 ? 0 : age * Math.Min((int)lastPercent, 100) / 100;
        var t = lengthHundredths / 100.0; // up to 655 units: 12 years in weeks

        var now = Paper.ExpectedPurchases(t, x, last, age);
        var later = Paper.ExpectedPurchases(t + 1, x, last, age);
        var alive = Paper.ProbabilityAlive(x, last, age);

        return double.IsFinite(now) && now >= 0 && later >= now && alive is > 0 and <= 1 || (alive == 0 && now == 0);
    }

    [Fact]
    public void ExpectedPurchases_LastPurchaseAfterCalibrationEnd_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paper.ExpectedPurchases(10, 1, 40, 30));
    }

    [Fact]
    public void Constructor_NonPositiveParameter_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(0.2, 0, 0.8, 2.4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(double.NaN, 4, 0.8, 2.4));
    }

    [Fact]
    public void Fit_NoCustomers_Throws()
    {
        var e = Assert.Throws<ClvException>(() => BgNbdModel.Fit(new ModelSummary([], TimeUnit.Days, End, End)));
        Assert.Contains("no customers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EveryFirstPurchaseOnCalibrationEnd_Throws()
    {
        var rows = Enumerable.Range(0, 20).Select(i => new ModelSummaryRow($"c{i}", 0, 0, 0, 0m, 0));

        var e = Assert.Throws<ClvException>(() => BgNbdModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("first purchase on the calibration end 2024-03-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoRepeatCustomer_Throws()
    {
        var rows = Enumerable.Range(0, 20).Select(i => new ModelSummaryRow($"c{i}", 0, 0, 10 + i, 0m, 0));

        var e = Assert.Throws<ClvException>(() => BgNbdModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("none of the 20 customers made a repeat purchase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_FewerThanTenRepeatCustomers_Throws()
    {
        var rows = Enumerable.Range(0, 20).Select(i => new ModelSummaryRow($"c{i}", i < 3 ? 1 : 0, i < 3 ? 5 : 0, 10 + i, 0m, 0));

        var e = Assert.Throws<ClvException>(() => BgNbdModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("only 3 of 20 customers made a repeat purchase", e.Message, StringComparison.Ordinal);
        Assert.Contains("at least 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_IdenticalCustomers_ThrowsInsteadOfRunawayParameters()
    {
        // Twenty customers with the same history: there is no spread of purchase rates to estimate.
        var rows = Enumerable.Range(0, 20).Select(i => new ModelSummaryRow($"c{i}", 5, 100, 100, 10m, 0));

        var e = Assert.Throws<ClvException>(() => BgNbdModel.Fit(new ModelSummary(rows, TimeUnit.Days, End, End)));
        Assert.Contains("BG/NBD fit did not settle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogLikelihood_SummaryInOtherUnit_Throws()
    {
        var days = new ModelSummary([new ModelSummaryRow("A", 1, 5, 10, 1m, 0)], TimeUnit.Days, End, End);
        Assert.Throws<ArgumentException>(() => Paper.LogLikelihood(days));
    }

    [Fact]
    public void ToString_ShowsParametersAndFit()
    {
        Assert.Equal("BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426 (weeks)", Paper.ToString());
        Assert.StartsWith("BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426 (weeks); log-likelihood -9,582.43 over 2,357 customers, converged in", cdnow.BgNbd.ToString(), StringComparison.Ordinal);
    }
}
