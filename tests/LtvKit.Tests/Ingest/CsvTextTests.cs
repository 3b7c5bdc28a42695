using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")] // a formula: quoted after the apostrophe, its quotes doubled
    [InlineData("+81", "'+81")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("美容液", "美容液")]
    [InlineData("", "")]
    public void Cell_FormulaStartsAreDefused_SeparatorsQuoted(string text, string cell) => Assert.Equal(cell, CsvText.Cell(text));

    [Fact]
    public void WriteRow_CommaSeparated_CrLf()
    {
        using var writer = new StringWriter();
        CsvText.WriteRow(writer, "a", "1", "");
        Assert.Equal("a,1,\r\n", writer.ToString());
    }
}
