using LtvKit.Internals;

namespace LtvKit.Tests.Internals;

public class ByteHashTests
{
    [Fact]
    public void Of_ShortKeysDifferingInAnyByteOrInLength_AllDiffer()
    {
        // Every key of 0 to 12 bytes that is all 'a' but for one 'b' (or none): the tails of 1 to 7 bytes included.
        var keys = new List<byte[]>();
        for (var length = 0; length <= 12; length++)
        {
            keys.Add([.. Enumerable.Repeat((byte)'a', length)]);
            for (var b = 0; b < length; b++)
            {
                var key = Enumerable.Repeat((byte)'a', length).ToArray();
                key[b] = (byte)'b';
                keys.Add(key);
            }
        }
        Assert.Equal(keys.Count, keys.Select(k => ByteHash.Of(k)).Distinct().Count());
    }

    [Fact]
    public void Of_SameBytes_SameHash()
    {
        Assert.Equal(ByteHash.Of("C0000001"u8), ByteHash.Of("xC0000001"u8[1..]));
        Assert.Equal(ByteHash.Of("顧客"u8), ByteHash.Of("顧客"u8.ToArray()));
    }

    [Fact]
    public void OfFields_TellsWhereOneFieldEndsAndTheNextBegins()
    {
        static ulong Fields(params string[] fields) =>
            ByteHash.OfFields(System.Text.Encoding.UTF8.GetBytes(string.Join(',', fields)), fields.Select(f => System.Text.Encoding.UTF8.GetByteCount(f)).ToArray());
        var rows = new[]
        {
            Fields("", "x"), Fields("x", ""), Fields("ab", "c"), Fields("a", "bc"), Fields("abc", ""), Fields("", "abc"), Fields("abcdefgh", "i"),
            Fields("abcdefghi", ""), Fields("a,b", "c"), Fields("a", "b,c"), Fields("a", "b", "c"), Fields("a,b,c"), Fields(""), Fields("", ""),
            // 32 bytes and more go through the four lanes: a byte moved from one lane's word to another's.
            Fields(new string('a', 40), "x"), Fields("b" + new string('a', 39), "x"), Fields(new string('a', 8) + "b" + new string('a', 31), "x"),
        };
        Assert.Equal(rows.Length, rows.Distinct().Count());
        Assert.Equal(Fields("C1", "2024/01/05"), Fields("C1", "2024/01/05"));
    }
}
