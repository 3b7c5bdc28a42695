using LtvKit.Sample;

namespace LtvKit.Benchmarks.Micro;

/// <summary>A small sample shop (about 100,000 order lines), made once per benchmark process in a temp folder.</summary>
internal static class SampleData
{
    public const int Customers = 40_000;

    private static readonly Lazy<string> Orders = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "ltvkit-bench", "micro-" + Customers);
        var path = Path.Combine(folder, SampleShop.OrdersFileName);
        if (!File.Exists(path))
            SampleShop.Generate(folder, new SampleOptions { Customers = Customers });
        return path;
    });

    public static string OrdersPath => Orders.Value;

    public static byte[] OrdersBytes => File.ReadAllBytes(OrdersPath);
}
