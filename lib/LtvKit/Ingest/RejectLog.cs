using System.Globalization;
using LtvKit.Io;

namespace LtvKit.Ingest;

/// <summary>Every rejected row: counted, summarised by reason, kept as samples and written to the rejects CSV.</summary>
/// <remarks>
/// Nothing is dropped silently: each rejected row is counted in <c>input.rowsRejected</c> and, when a
/// rejects file is asked for, written there with file, line, column, value and reason. The file is
/// written atomically when the run ends (also when the run fails because of the rejects).
/// </remarks>
public sealed class RejectLog : IDisposable
{
    /// <summary>How many rejects are kept in memory to show the user ; the rest are counted and go to the file.</summary>
    public const int SampleSize = 10;

    private readonly string? _path;
    private readonly string? _tempPath;
    private readonly StreamWriter? _writer;
    private readonly List<Reject> _samples = [];
    private readonly Dictionary<string, long> _byReason = new(StringComparer.Ordinal);

    public RejectLog(string? path)
    {
        _path = path;
        if (path is null)
            return;
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _tempPath = full + ".tmp";
        _writer = new StreamWriter(_tempPath, append: false, AtomicFile.Utf8WithBom);
        CsvText.WriteRow(_writer, "file", "line", "column", "value", "reason");
    }

    /// <summary>Rejected rows so far: one reject is one row, so the rejects file has a line for each.</summary>
    public long Rows { get; private set; }

    public IReadOnlyList<Reject> Samples => _samples;

    /// <summary>Rejected rows by reason (column and reason), most frequent first.</summary>
    public IEnumerable<KeyValuePair<string, long>> ByReason => _byReason.OrderByDescending(pair => pair.Value);

    public void Add(Reject reject)
    {
        ArgumentNullException.ThrowIfNull(reject);
        Rows++;
        var key = reject.Column.Length == 0 ? reject.Reason : $"{reject.Column}: {reject.Reason}";
        _byReason[key] = _byReason.GetValueOrDefault(key) + 1;
        if (_samples.Count < SampleSize)
            _samples.Add(reject);
        if (_writer is not null)
        {
            CsvText.WriteRow(_writer, CsvText.Cell(reject.File), reject.Line.ToString(CultureInfo.InvariantCulture),
                CsvText.Cell(reject.Column), CsvText.Cell(reject.Value), CsvText.Cell(reject.Reason));
        }
    }

    /// <summary>The error that fails a run because of its rejects: <paramref name="failure"/>, the first rejects (file, line,
    /// column, reason), and where every reject is (or how to get them).</summary>
    public InputException Failure(string failure)
    {
        var lines = _samples.Select(r => "  " + r);
        var where = _path is null ? "Pass --rejects FILE to get every rejected row." : $"Every rejected row is in {_path}.";
        return new InputException(failure + Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine + where);
    }

    /// <summary>The error of a load that ended with no dated order: every row rejected, or no rows under the header at all.</summary>
    public InputException NoUsableRows() => Rows == 0
        ? new InputException("no order rows: the input has a header and nothing under it.")
        : Failure("no usable order rows: every row was rejected.");

    /// <summary>Closes the rejects file and moves it into place.</summary>
    public void Complete()
    {
        if (_writer is null)
            return;
        _writer.Dispose();
        File.Move(_tempPath!, Path.GetFullPath(_path!), overwrite: true);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (_tempPath is not null && File.Exists(_tempPath))
            File.Delete(_tempPath);
    }
}
