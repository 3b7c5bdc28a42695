using System.Globalization;

namespace LtvKit.Ingest;

/// <summary>A row that could not be used: where it is and why, in words the user can act on.</summary>
/// <param name="File">The file name as given on the command line.</param>
/// <param name="Line">The 1-based line of the file where the row starts (the header is line 1).</param>
/// <param name="Column">The header of the offending column, or empty when the whole row is at fault.</param>
/// <param name="Value">The offending value as read.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record Reject(string File, long Line, string Column, string Value, string Reason)
{
    public override string ToString()
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{File}:{Line:N0}");
        return Column.Length == 0
            ? $"{where}: {Reason}"
            : $"{where}: {Column} is '{Value}' — {Reason}";
    }
}
