using LtvKit.Ingest.Presets;

namespace LtvKit.Tests.Ingest.Presets;

public class PersonKeyTests
{
    [Theory]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData(" 山田 太郎 ", "山田太郎")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ")]
    [InlineData("ＹＡＭＡＤＡ　Ｔａｒｏ", "YAMADATaro")]
    [InlineData("髙橋 一郎", "髙橋一郎")]
    public void Name_NfkcWithoutSpaces(string text, string expected) => Assert.Equal(expected, PersonKey.Name(text));

    [Theory]
    [InlineData("03-1234-5678", "0312345678")]
    [InlineData("０３（１２３４）５６７８", "0312345678")]
    [InlineData("+81 3-1234-5678", "0312345678")]
    [InlineData("+81-90-1234-5678", "09012345678")]
    [InlineData("+81 (0)90 1234 5678", "09012345678")]
    [InlineData("81312345678", "81312345678")]
    [InlineData("", "")]
    public void Phone_DigitsWithCountryCodeAsZero(string text, string expected) => Assert.Equal(expected, PersonKey.Phone(text));

    [Fact]
    public void Address_NfkcWithoutSpaces() => Assert.Equal("東京都千代田区千代田1-1", PersonKey.Address("東京都 千代田区　千代田１－１"));

    [Fact]
    public void Id_IsStableShortAndDependsOnRuleNameAndContact()
    {
        var id = PersonKey.Id(IdentifyRule.NamePhone, "山田太郎", "0312345678");
        Assert.Equal(id, PersonKey.Id(IdentifyRule.NamePhone, "山田太郎", "0312345678"));
        Assert.Matches("^NP[0-9a-f]{12}$", id);
        Assert.StartsWith("NA", PersonKey.Id(IdentifyRule.NameAddress, "山田太郎", "0312345678"), StringComparison.Ordinal);
        Assert.NotEqual(id, PersonKey.Id(IdentifyRule.NamePhone, "山田太郎", "09099998888"));
        Assert.NotEqual(id, PersonKey.Id(IdentifyRule.NamePhone, "山田次郎", "0312345678"));
        // name + contact are kept apart: "山田太" + "10312…" is not "山田太郎" + "0312…".
        Assert.NotEqual(PersonKey.Id(IdentifyRule.NamePhone, "ab", "1"), PersonKey.Id(IdentifyRule.NamePhone, "a", "b1"));
    }
}
