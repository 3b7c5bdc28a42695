using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests;

/// <summary>Inline CSV fixtures written to real temporary files and read by the real loader.</summary>
internal static class TestShop
{
    public const string Header = "注文ID,顧客ID,注文日,商品名,金額(税込),チャネル,ステータス";

    /// <summary>A temp file with <paramref name="text"/> in <paramref name="encoding"/> (UTF-8 without BOM by default).</summary>
    public static string File(string text, Encoding? encoding = null, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), "ltvkit-tests", Guid.NewGuid().ToString("N") + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, [.. (encoding ?? new UTF8Encoding(false)).GetPreamble(), .. (encoding ?? new UTF8Encoding(false)).GetBytes(text)]);
        return path;
    }

    public static Shop Load(string csv, LoadOptions? options = null) =>
        Shop.Load((options ?? new LoadOptions { MaxRejectedShare = 1 }) with { OrderFiles = [File(csv)] });

    /// <summary>Rows "order,customer,date,amount[,status]" under the standard header.</summary>
    public static Shop Orders(DateOnly? asOf, params string[] rows) =>
        Load(Csv(rows), new LoadOptions { AsOf = asOf, MaxRejectedShare = 1 });

    public static string Csv(params string[] rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            var f = row.Split(',');
            text.Append(f[0]).Append(',').Append(f[1]).Append(',').Append(f[2]).Append(",商品,")
                .Append(f[3]).Append(",Web,").Append(f.Length > 4 ? f[4] : "").Append('\n');
        }
        return text.ToString();
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Notebooks.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repo root not found");
    }
}
