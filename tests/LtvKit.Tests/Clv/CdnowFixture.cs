using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

/// <summary>CDNOW summary (weeks, calibration end 1997-09-30, holdout to 1998-06-30) and both fits, computed once for all tests.</summary>
public sealed class CdnowFixture
{
    private readonly Lazy<BgNbdModel> _bgNbd;
    private readonly Lazy<GammaGammaModel> _gammaGamma;

    public CdnowFixture()
    {
        Summary = ModelSummary.Build(CdnowData.SamplePurchaseDays(), CdnowData.CalibrationEnd, TimeUnit.Weeks, CdnowData.HoldoutEnd);
        _bgNbd = new Lazy<BgNbdModel>(() => BgNbdModel.Fit(Summary));
        _gammaGamma = new Lazy<GammaGammaModel>(() => GammaGammaModel.Fit(Summary));
    }

    public ModelSummary Summary { get; }

    public BgNbdModel BgNbd => _bgNbd.Value;

    public GammaGammaModel GammaGamma => _gammaGamma.Value;
}

[CollectionDefinition(Name)]
public sealed class CdnowGroup : ICollectionFixture<CdnowFixture>
{
    public const string Name = "CDNOW";
}
