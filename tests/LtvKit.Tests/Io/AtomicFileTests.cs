using LtvKit.Io;

namespace LtvKit.Tests.Io;

public class AtomicFileTests
{
    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void WriteText_ReplacesTheFile_AndLeavesNoTemporaryFile()
    {
        var folder = Folder();
        var path = Path.Combine(folder, "out.csv");
        File.WriteAllText(path, "old");
        AtomicFile.WriteText(path, AtomicFile.Utf8WithBom, w => w.Write("顧客"));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        Assert.Equal("顧客", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void WriteStream_FailingWriter_KeepsTheOldFile_AndLeavesNoTemporaryFile()
    {
        var folder = Folder();
        var path = Path.Combine(folder, "out.json");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteStream(path, s => { s.WriteByte(1); throw new InvalidOperationException("stop"); }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void WriteText_Utf8_HasNoByteOrderMark_AndCreatesTheFolder()
    {
        var path = Path.Combine(Folder(), "new", "out.html");
        AtomicFile.WriteText(path, AtomicFile.Utf8, w => w.Write("<p>"));
        Assert.Equal("<p>"u8.ToArray(), File.ReadAllBytes(path));
    }
}
