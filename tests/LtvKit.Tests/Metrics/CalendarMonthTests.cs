using LtvKit.Metrics;

namespace LtvKit.Tests.Metrics;

public class CalendarMonthTests
{
    // A month is complete on the as-of date when its last day is on or before it.
    [Fact]
    public void LastComplete_AsOfTheDayBeforeTheMonthsLastDay_IsThePreviousMonth() =>
        Assert.Equal(CalendarMonth.Of(new DateOnly(2024, 1, 1)), CalendarMonth.LastComplete(new DateOnly(2024, 2, 28)));

    [Fact]
    public void LastComplete_AsOfTheMonthsLastDay_IsThatMonth() =>
        Assert.Equal(CalendarMonth.Of(new DateOnly(2024, 2, 1)), CalendarMonth.LastComplete(new DateOnly(2024, 2, 29)));

    [Fact]
    public void LastComplete_AsOfTheNextMonthsFirstDay_IsTheMonthBefore() =>
        Assert.Equal(CalendarMonth.Of(new DateOnly(2024, 2, 1)), CalendarMonth.LastComplete(new DateOnly(2024, 3, 1)));

    [Fact]
    public void Of_StartEnd_MonthsAreConsecutiveAcrossTheYear()
    {
        // December 2024 and January 2025 are one apart; February 2024 ends on the 29th (leap year).
        Assert.Equal(1, CalendarMonth.Of(new DateOnly(2025, 1, 31)) - CalendarMonth.Of(new DateOnly(2024, 12, 1)));
        var february = CalendarMonth.Of(new DateOnly(2024, 2, 10));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), (CalendarMonth.Start(february), CalendarMonth.End(february)));
        Assert.Equal(new DateOnly(2025, 1, 1), CalendarMonth.Start(CalendarMonth.Of(new DateOnly(2024, 12, 31)) + 1));
    }
}
