using LtvKit.Clv;

namespace LtvKit.Tests.Clv;

/// <summary>CDNOW summary (weeks, calibration end 1997-09-30, holdout to 1998-06-30) computed once for all tests.</summary>
public sealed class CdnowFixture
{
    public CdnowFixture()
    {
        Summary = ModelSummary.Build(CdnowData.SamplePurchaseDays(), CdnowData.CalibrationEnd, TimeUnit.Weeks, CdnowData.HoldoutEnd);
    }

    public ModelSummary Summary { get; }
}

[CollectionDefinition(Name)]
public sealed class CdnowGroup : ICollectionFixture<CdnowFixture>
{
    public const string Name = "CDNOW";
}
