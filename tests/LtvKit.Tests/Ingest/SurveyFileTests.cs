using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class SurveyFileTests
{
    private static string Survey(string score) => TestShop.File($"顧客ID,NPS\nC1,{score}\n");

    [Theory]
    [InlineData("0")]  // the lowest score
    [InlineData("9")]  // before the top
    [InlineData("10")] // on the top
    public void Read_ScoresFrom0To10_AreAnswers(string score) =>
        Assert.Equal([new SurveyAnswer("C1", int.Parse(score))], SurveyFile.Read(Survey(score)));

    [Theory]
    [InlineData("11")] // after the top
    [InlineData("-1")]
    [InlineData("7.5")]
    public void Read_ScoreOutside0To10_NamesFileLineAndValue(string score)
    {
        var path = Survey(score);
        var error = Assert.Throws<InputException>(() => SurveyFile.Read(path));
        Assert.Equal($"{path}:2: NPS is '{score}' — a score must be a whole number from 0 to 10.", error.Message);
    }

    [Fact]
    public void Read_NoScoreColumn_ListsTheAcceptedNames()
    {
        var error = Assert.Throws<InputException>(() => SurveyFile.Read(TestShop.File("顧客ID,点数\nC1,9\n")));
        Assert.Contains("no score column", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", SurveyFile.ScoreHeaders), error.Message, StringComparison.Ordinal);
    }
}
