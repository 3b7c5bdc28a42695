using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class TextEncodingTests
{
    [Theory]
    [InlineData("auto", TextEncoding.Auto)]
    [InlineData(" UTF8 ", TextEncoding.Utf8)]
    [InlineData("utf-8-bom", TextEncoding.Utf8)]
    [InlineData("shift_jis", TextEncoding.ShiftJis)]
    [InlineData("CP932", TextEncoding.ShiftJis)]
    public void Parse_Names(string name, TextEncoding encoding) => Assert.Equal(encoding, TextEncodings.Parse(name));

    [Fact]
    public void Parse_Unknown_SaysWhatIsAccepted()
    {
        var error = Assert.Throws<InputException>(() => TextEncodings.Parse("latin1"));
        Assert.Equal("--encoding: unknown encoding 'latin1'. Use auto, utf-8 or shift_jis.", error.Message);
    }

    [Fact]
    public void Detect_Utf8AndShiftJis_AndRewinds()
    {
        using var utf8 = new MemoryStream(Encoding.UTF8.GetBytes("顧客ID\n美容液\n"));
        Assert.Equal(TextEncoding.Utf8, TextEncodings.Detect(utf8));
        Assert.Equal(0, utf8.Position);
        using var sjis = new MemoryStream(Encoding.GetEncoding(932).GetBytes("顧客ID\n美容液\n"));
        Assert.Equal(TextEncoding.ShiftJis, TextEncodings.Detect(sjis));
    }

    [Fact]
    public void Detect_Utf8WithOneStrayByte_IsUtf8()
    {
        // As UTF-8 the sample reads up to the stray 0xFF; as Shift_JIS it stops sooner, in the header's 顧客 (E9 A1 A7 E5 AE A2).
        using var stream = new MemoryStream([.. "顧客ID,商品\nC1,美容液\nC2,化粧"u8, 0xFF, .. "水\n"u8]);
        Assert.Equal(TextEncoding.Utf8, TextEncodings.Detect(stream));
    }

    [Fact]
    public void Detect_ShiftJisWithOneStrayByte_IsShiftJis()
    {
        var shiftJis = Encoding.GetEncoding(932);
        using var stream = new MemoryStream([.. shiftJis.GetBytes("顧客ID,商品\nC1,美容液\nC2,化粧"), 0x85, 0x20, .. shiftJis.GetBytes("水\n")]);
        Assert.Equal(TextEncoding.ShiftJis, TextEncodings.Detect(stream));
    }
}
