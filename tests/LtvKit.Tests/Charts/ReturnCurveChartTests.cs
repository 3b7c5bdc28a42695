using System.Text.Json;
using LtvKit.Charts;
using LtvKit.Metrics;

namespace LtvKit.Tests.Charts;

public class ReturnCurveChartTests
{
    [Fact]
    public void ReturnCurveChart_CarriesTheCurve_AndMarksTheFollowUpAndChurnDays()
    {
        var kpis = ChartFigures.Shop.Value.Kpis();
        var curve = ChartFigures.Figure(ReturnCurveChart.Chart(kpis.ReturnCurve));
        var y = curve.GetProperty("data")[0].GetProperty("y");
        Assert.Equal(ReturnCurve.MaxGapDays + 1, y.GetArrayLength());
        Assert.Equal(kpis.ReturnCurve.At(90).Value, y[90].ValueKind == JsonValueKind.Null ? null : y[90].GetDouble());
        var marks = curve.GetProperty("layout").GetProperty("shapes").EnumerateArray().Select(s => s.GetProperty("x0").GetInt32());
        Assert.Equal([90, 240], marks);
    }
}
