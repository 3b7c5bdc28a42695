using LtvKit.Customers;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.Tests.Ingest;

public class CustomerIdFoldTests
{
    [Theory]
    [InlineData("Ｃ０００１", "C0001")]   // full width
    [InlineData("c0001", "C0001")]        // case
    [InlineData(" c0001\u3000", "C0001")] // surrounding space, also the ideographic one
    [InlineData("ｶﾞｲ-01", "ガイ-01")]      // half-width katakana → full width (NFKC)
    [InlineData("taro@example.com", "TARO@EXAMPLE.COM")]
    [InlineData("山田 太郎", "山田 太郎")]
    [InlineData("ab\tc ", "AB\tC")]
    public void Fold_Variants_GiveOneSpelling(string id, string folded) =>
        Assert.Equal(folded, CustomerIdFold.Fold(id));

    [Fact]
    public void Fold_PlainUpperCaseId_IsTheSameString()
    {
        const string id = "C0000001";
        Assert.Same(id, CustomerIdFold.Fold(id));
    }

    [Fact]
    public void Fold_Utf8_SameAsTheText()
    {
        var buffer = new byte[2];
        Assert.Equal("C0001"u8.ToArray(), CustomerIdFold.Fold("Ｃ０００１"u8, ref buffer).ToArray());
        Assert.Equal("D9"u8.ToArray(), CustomerIdFold.Fold("D9"u8, ref buffer).ToArray());
    }

    [Fact]
    public void Find_IdsDifferingByWidthOrCase_CountsTheGroups()
    {
        // Groups: {C1, ｃ１, c1} and {D1, d1}; E1 and F1 alone.
        string[] ids = ["E1", "C1", "ｃ１", "D1", "F1", "c1", "d1"];

        var similar = SimilarCustomerIds.Find(List(ids));

        Assert.Equal(2, similar.Groups);
        Assert.Equal([["C1", "ｃ１", "c1"], ["D1", "d1"]], similar.Examples);
    }

    [Fact]
    public void Find_DistinctIds_None()
    {
        Assert.Same(SimilarCustomerIds.None, SimilarCustomerIds.Find(List("C1", "C2", "c3", "Ｃ４")));
    }

    private static Utf8List List(params string[] ids)
    {
        var bytes = ids.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        var start = new int[ids.Length + 1];
        for (var i = 0; i < ids.Length; i++)
            start[i + 1] = start[i] + bytes[i].Length;
        return new Utf8List([.. bytes.SelectMany(b => b)], start);
    }
}
