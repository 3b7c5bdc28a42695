using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class HeaderLookupTests
{
    [Fact]
    public void Find_FirstAcceptedNameThatIsPresent_ComparedNormalized()
    {
        // "score" is asked for before "NPS": the earlier name wins even when it is the later column; case and width are ignored.
        Assert.Equal(2, HeaderLookup.Find(["顧客ID", "NPS", "ＳＣＯＲＥ"], ["score", "NPS"]));
        Assert.Equal(-1, HeaderLookup.Find(["顧客ID"], ["score"]));
    }

    [Fact]
    public void Require_Missing_NamesTheFileTheHeadersAndTheAcceptedNames()
    {
        var error = Assert.Throws<InputException>(() => HeaderLookup.Require("s.csv", ["a", "b"], "score", ["NPS", "score"]));
        Assert.Equal("s.csv:1: no score column. Headers found: a, b. Accepted names: NPS, score.", error.Message);
    }
}
