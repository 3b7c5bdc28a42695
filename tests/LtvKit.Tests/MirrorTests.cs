using System.Text.RegularExpressions;

namespace LtvKit.Tests;

/// <summary>
/// tests/LtvKit.Tests mirrors lib/LtvKit: every library file <c>Folder/File.cs</c> (or a part <c>File.Part.cs</c>) that
/// declares a public or internal method has <c>Folder/FileTests.cs</c>, unless <see cref="Skipped"/> says why not.
/// README.md ("What mirrors what") explains the rule.
/// </summary>
public partial class MirrorTests
{
    /// <summary>Library files without a mirror, each with the reason. Keep it short: a file leaves the list when it gets its tests.</summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
        // Tiny types: constructors only.
        ["Clv/ClvException.cs"] = "the three exception constructors; thrown and asserted in the Clv model tests",
        ["Ingest/InputException.cs"] = "the three exception constructors; thrown and asserted in every bad-input test",

        // The fast ingest path, moving to Internals/ (#16 item 1): tested through OrderBookTests, the Collections tests and ReconciliationProperties.
        ["Internals/ChunkedList.cs"] = "storage of the order book; through Internals/OrderBookTests",
        ["Internals/FreshPages.cs"] = "touches the order book's fresh pages ahead on another core; through Internals/OrderBookTests and Customers/ReconciliationProperties (the same orders with it)",
        ["Internals/IdTable.cs"] = "the id hash table; through Internals/Utf8ListTests and Internals/OrderBookTests",
        ["Internals/NativeBlock.cs"] = "unmanaged memory of the order book; through Internals/OrderBookTests",
        ["Internals/LineBatch.cs"] = "the reader-to-book batch; through Internals/OrderBookTests",
        ["Internals/NamePool.cs"] = "product and channel name interning; through Internals/OrderBookTests and Customers/CustomerTableTests",
        ["Internals/OrderStates.cs"] = "per-order state of the book; through Internals/OrderBookTests and Customers/ReconciliationProperties",

        // CLV numerics: checked against the published CDNOW reference results (METRICS.md §5).
        ["Clv/BgNbdLikelihood.cs"] = "through Clv/BgNbdModelTests (r, α, a, b and the log-likelihood of the paper)",
        ["Clv/GammaGammaLikelihood.cs"] = "through Clv/GammaGammaModelTests (p, q, γ of the paper)",
        ["Clv/LogSpaceOptimizer.cs"] = "through Clv/BgNbdModelTests and GammaGammaModelTests",

        // Read path pieces: tested end to end through Ingest/OrderReaderTests, CsvRecordReaderTests, Cli/BadInputTests and ByteFlipProperties. A direct mirror is owed.
        ["Ingest/CellVerdicts.cs"] = "owed; through Ingest/OrderReaderTests",
        ["Ingest/ColumnMap.cs"] = "owed; through Ingest/OrderReaderTests, HeaderNameTests and Cli/PresetCommandTests (--map)",
        ["Ingest/CsvSource.cs"] = "owed; through Ingest/CsvRecordReaderTests and Cli/StandardInputTests",
        ["Ingest/ParquetText.cs"] = "owed; Parquet read as CSV text, through DuckDb/DuckDbEngineTests (the property test runs the in-memory engine on Parquet; a typed Parquet and a bad date on both engines)",
        ["Ingest/CustomerMasterFile.cs"] = "owed; through Ingest/Presets/IdentifyTests and Report/ReportCommandTests (--customers)",
        ["Ingest/HeaderAliases.cs"] = "owed; through Ingest/HeaderNameTests",
        ["Ingest/OrderFile.cs"] = "owed; through Ingest/OrderReaderTests",
        ["Ingest/Presets/CartDates.cs"] = "owed; through Ingest/Presets/CartPresetTests",
        ["Ingest/Presets/IdentifyRule.cs"] = "owed; through Ingest/Presets/IdentifyTests",
        ["Ingest/Presets/MatchLog.cs"] = "owed; through Ingest/Presets/IdentifyTests",
        ["Ingest/Presets/PersonColumns.cs"] = "owed; through Ingest/Presets/IdentifyTests",
        ["Ingest/Presets/PersonIdentifier.cs"] = "owed; through Ingest/Presets/IdentifyTests and PersonKeyTests",

        // Outputs (moving to Exports/, #16 item 1) and the report's parts: through the CLI and report tests. A direct mirror is owed.
        ["Io/XlsxWorkbook.cs"] = "owed; through Report/ReportWorkbookTests (read back with ExcelDataReader)",
        ["Exports/ClvOutput.cs"] = "owed; through Cli/ClvCommandTests",
        ["Clv/ClvRun.cs"] = "fits both models and forecasts; through Cli/ClvCommandTests and Report/ReportClvTests",
        ["Exports/MetricsText.cs"] = "owed; through Cli/MetricsCommandTests",
        ["Report/ReportData.cs"] = "owed; through Report/ReportHtmlTests and ThresholdBinsTests",
        ["Report/ReportStyle.cs"] = "owed; through Report/ReportHtmlTests",
        ["Charts/ClvBySegmentChart.cs"] = "owed; through Report/ReportClvTests (needs a fitted model)",
        ["Charts/PlotlyFigure.cs"] = "the figure builder every chart uses; through each Charts/*Tests figure JSON",

        // The sample generator's parts: through Sample/SampleShopTests and BundledSampleTests (determinism, shape, encodings).
        ["Sample/Catalog.cs"] = "through Sample/SampleShopTests",
        ["Sample/CsvBytes.cs"] = "through Sample/SampleShopTests and BundledSampleTests",
        ["Sample/CustomerMasterWriter.cs"] = "through Sample/SampleCommandTests (--customers)",
        ["Sample/Draw.cs"] = "through Sample/SampleShopTests",
        ["Sample/EncodedText.cs"] = "through Sample/BundledSampleTests",
        ["Sample/EventCalendar.cs"] = "through Sample/SampleShopTests",
        ["Sample/EventQueue.cs"] = "through Sample/SampleShopTests",
        ["Sample/OrderSimulation.cs"] = "through Sample/SampleShopTests",
        ["Sample/People.cs"] = "through Sample/SampleShopTests",
        ["Sample/Product.cs"] = "through Sample/SampleShopTests",
        ["Sample/ShopEvent.cs"] = "through Sample/SampleShopTests",

        // The façade.
        ["Shop.cs"] = "Load, Segment and Kpis are what TestShop calls: every metric test goes through them",
    };

    /// <summary>A method declaration: public or internal, a name, an opening parenthesis — not a type's primary constructor
    /// and not an override (a record whose only code is its <c>ToString</c> has no logic to test).</summary>
    [GeneratedRegex(@"^\s*(public|internal)\s(?![^=;(]*\b(class|record|struct|interface|enum|delegate|override)\b)[^=;(]*\b\w+\s*(<[^>()]*>)?\(", RegexOptions.Multiline)]
    private static partial Regex MethodDeclaration();

    private static string Root(params string[] parts) => Path.Combine([TestShop.RepoRoot(), .. parts]);

    /// <summary>Library files (relative, with '/') and the test file that mirrors each.</summary>
    private static IEnumerable<(string Source, string Mirror)> SourcesWithMethods()
    {
        var lib = Root("lib", "LtvKit");
        foreach (var path in Directory.EnumerateFiles(lib, "*.cs", SearchOption.AllDirectories))
        {
            var source = Path.GetRelativePath(lib, path).Replace('\\', '/');
            if (source.StartsWith("obj/", StringComparison.Ordinal) || source.StartsWith("bin/", StringComparison.Ordinal))
                continue;
            if (!MethodDeclaration().IsMatch(File.ReadAllText(path)))
                continue;
            var folder = Path.GetDirectoryName(source)!.Replace('\\', '/');
            var name = Path.GetFileName(source).Split('.')[0];
            yield return (source, (folder.Length == 0 ? "" : folder + "/") + name + "Tests.cs");
        }
    }

    [Fact]
    public void EveryLibraryFileWithMethods_HasItsMirrorOrASkipReason()
    {
        var missing = SourcesWithMethods()
            .Where(f => !File.Exists(Root("tests", "LtvKit.Tests", f.Mirror)) && !Skipped.ContainsKey(f.Source))
            .Select(f => $"{f.Source} → tests/LtvKit.Tests/{f.Mirror}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} library files have no mirror and no skip reason:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void SkipList_NamesOnlyExistingFilesWithoutAMirror()
    {
        var sources = SourcesWithMethods().ToDictionary(f => f.Source, f => f.Mirror, StringComparer.Ordinal);
        var stale = Skipped.Keys
            .Where(s => !sources.TryGetValue(s, out var mirror) || File.Exists(Root("tests", "LtvKit.Tests", mirror)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(stale.Count == 0, "skip-list entries that are gone, have no methods or now have a mirror (remove them):\n" + string.Join('\n', stale));
    }
}
