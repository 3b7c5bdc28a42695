using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class AdSpendFileTests
{
    [Fact]
    public void Read_ShiftJisFileOfJapaneseMonthsAndYen_SumsRowsOfOneChannelAndMonth()
    {
        var path = TestShop.File("月,媒体,広告費\r\n2024年1月,Instagram広告,\"¥600,000\"\r\n2024/01,Instagram広告,50000円\r\n2024-02,Google検索,１２０，０００\r\n202403,Google検索,0\r\n",
            Encoding.GetEncoding(932));

        var rows = AdSpendFile.Read(path);

        Assert.Equal(
            [new AdSpend(new DateOnly(2024, 1, 1), "Instagram広告", 650_000), new AdSpend(new DateOnly(2024, 2, 1), "Google検索", 120_000),
             new AdSpend(new DateOnly(2024, 3, 1), "Google検索", 0)],
            rows);
    }

    [Theory]
    [InlineData("2024-13", false)]
    [InlineData("2024/1/31", true)] // a date: its month
    [InlineData("20240131", true)]
    [InlineData("1月", false)]
    public void TryParseMonth_Cases(string text, bool ok) => Assert.Equal(ok, AdSpendFile.TryParseMonth(text, out _));

    [Fact]
    public void Read_BadMonth_NamesFileLineAndColumn()
    {
        var path = TestShop.File("媒体,月,広告費\nInstagram,2024-01,1000\nInstagram,2024-13,1000\n");

        var error = Assert.Throws<InputException>(() => AdSpendFile.Read(path));

        Assert.StartsWith($"{path}:3:2: 月 is '2024-13'", error.Message);
    }

    [Fact]
    public void Read_NegativeCost_IsRefused()
    {
        var path = TestShop.File("月,媒体,広告費\n2024-01,Instagram,-1000\n");

        var error = Assert.Throws<InputException>(() => AdSpendFile.Read(path));

        Assert.Contains(":2:3: 広告費 is '-1000' — a cost cannot be negative", error.Message);
    }
}
