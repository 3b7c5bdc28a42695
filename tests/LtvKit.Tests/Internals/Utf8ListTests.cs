using System.Text;
using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

public class Utf8ListTests
{
    [Fact]
    public void Indexer_MakesEachStringFromItsBytes()
    {
        var list = new Utf8List(Encoding.UTF8.GetBytes("C1顧客X"), [0, 2, 2, 9]);
        Assert.Equal(["C1", "", "顧客X"], list);
        Assert.Equal("顧客X", list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[3]);
    }

    [Fact]
    public void Strings_OfAnIdTable_AreItsKeysByIndex()
    {
        using var table = new IdTable();
        foreach (var id in new[] { "b", "顧客1", "", "b", "a" })
            table.GetOrAdd(Encoding.UTF8.GetBytes(id), out _);
        Assert.Equal(["b", "顧客1", "", "a"], table.Strings());
    }

    [Fact]
    public void Strings_OfAnEmptyTable_IsEmpty()
    {
        using var table = new IdTable();
        Assert.Empty(table.Strings());
    }
}
