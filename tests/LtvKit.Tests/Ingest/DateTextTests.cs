using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class DateTextTests
{
    [Theory]
    [InlineData("2024-01-05")]
    [InlineData("2024/1/5")]
    [InlineData("2024/01/05 10:22")]
    [InlineData("2024-01-05 10:22:33 +0900")]
    [InlineData("2024-01-05T10:22:33+09:00")]
    [InlineData("2024-01-05T23:59:59Z")]
    [InlineData("20240105")]
    [InlineData("2024年1月5日")]
    [InlineData("２０２４年１月５日")]
    [InlineData("2024年01月05日 10時22分")]
    [InlineData("2024.1.5")]
    [InlineData(" 2024/1/5 ")]
    public void TryParse_EveryDocumentedFormat_GivesTheCalendarDateAsWritten(string text)
    {
        Assert.True(DateText.TryParse(text, out var date, out var reason), reason);
        Assert.Equal(new DateOnly(2024, 1, 5), date);
    }

    [Fact]
    public void TryParse_YearsOnTheEdgesOfTheRange_AreDates()
    {
        Assert.True(DateText.TryParse("1900-01-01", out _, out _));
        Assert.True(DateText.TryParse("2099/12/31", out _, out _));
    }

    [Fact]
    public void TryParse_LateEveningWithOffset_KeepsTheWrittenDay()
    {
        // 23:30 in Japan is 14:30 UTC the same day, but 2024-01-05 23:30 -0800 would be the 6th in Japan: no conversion either way.
        Assert.True(DateText.TryParse("2024-01-05 23:30:00 -0800", out var date, out _));
        Assert.Equal(new DateOnly(2024, 1, 5), date);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2024-13-05", "no such calendar date")]
    [InlineData("2023-02-29", "no such calendar date")]
    [InlineData("5/1/2024", "not a date")]
    [InlineData("2024-01", "not a date")]
    [InlineData("yesterday", "not a date")]
    [InlineData("2024-01-05x", "not a date")]
    [InlineData("2024-1-5/3", "not a date")]
    [InlineData("0024/11/12", "the year 0024 is outside 1900–2099")]
    [InlineData("1899-12-31", "the year 1899 is outside")]
    [InlineData("21000101", "the year 2100 is outside")]
    [InlineData("45292", "a spreadsheet's day number, not a date")] // 2024-01-01 in a cell formatted as a number
    [InlineData("45292.4375", "a spreadsheet's day number, not a date")] // with 10:30
    [InlineData("4529", "not a date (expected")]
    [InlineData("452920", "not a date (expected")]
    public void TryParse_NotADate_SaysWhy(string text, string reason)
    {
        Assert.False(DateText.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024/01/05 9:05")]
    [InlineData("2024/01/05 00:00")]
    [InlineData("2024/01/05 23:59:59")]
    [InlineData("2024/01/05 10:22:33.123")]
    [InlineData("2024-01-05 10:22:33 -1200")]
    [InlineData("2024-01-05T10:22:33+14:00")]
    [InlineData("2024-01-05 10:22 JST")]
    [InlineData("2024-01-05 10:22:33 GMT+0900")]
    [InlineData("2024年1月5日 10時")]
    [InlineData("2024年1月5日 10時22分33秒")]
    [InlineData("2024/01/05  10:22")]
    public void TryParse_TimeOfDay_OnTheEdgesOfItsRanges_IsTheDate(string text)
    {
        Assert.True(DateText.TryParse(text, out var date, out var reason), reason);
        Assert.Equal(new DateOnly(2024, 1, 5), date);
    }

    [Theory]
    [InlineData("2024/1/5 25:00", "no such time of day")]
    [InlineData("2024/1/5 24:00", "no such time of day")]
    [InlineData("2024/1/5 10:60", "no such time of day")]
    [InlineData("2024/1/5 10:22:60", "no such time of day")]
    [InlineData("2024年1月5日 25時", "no such time of day")]
    [InlineData("2024-01-05T10:22:33+15:00", "no such time-zone offset")]
    [InlineData("2024-01-05T10:22:33+09:60", "no such time-zone offset")]
    [InlineData("2024-01-05T10:22:33+9", "not a time zone")]
    [InlineData("2024-01-05 10:22 +09:00:00", "not a time zone")]
    [InlineData("2024/1/5 10", "not a date with a time of day")]
    [InlineData("2024/1/5 10:223", "not a date with a time of day")]
    [InlineData("2024/1/5 :22", "not a date with a time of day")]
    public void TryParse_TimeOfDayOutOfRange_IsRejectedWithTheReason(string text, string reason)
    {
        Assert.False(DateText.TryParse(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LeapDay_IsADate()
    {
        Assert.True(DateText.TryParse("2024/2/29", out var date, out _));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }
}
