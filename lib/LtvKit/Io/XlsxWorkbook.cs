using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace LtvKit.Io;

/// <summary>How a workbook cell's number is shown in Excel.</summary>
public enum XlsxFormat
{
    General,

    /// <summary>#,##0 — counts of customers, purchases, days.</summary>
    Count,

    /// <summary>"¥"#,##0 — money, rounded for display only: the cell keeps the exact amount.</summary>
    Yen,

    /// <summary>0.0% — a rate stored as a fraction (0.2 shows as 20.0%).</summary>
    Percent,

    /// <summary>yyyy-mm-dd — a date stored as Excel's day number.</summary>
    Date,

    /// <summary>#,##0.00 — a ratio or a mean.</summary>
    Ratio,
}

/// <summary>One cell: a text, a number with its format, or nothing.</summary>
public readonly record struct XlsxCell(string? Text, double? Number, XlsxFormat Format)
{
    public static readonly XlsxCell Empty;

    public static XlsxCell Of(string? text) => new(text, null, XlsxFormat.General);

    public static XlsxCell Of(long value) => new(null, value, XlsxFormat.Count);

    public static XlsxCell Of(double? value, XlsxFormat format) => new(null, value, format);

    public static XlsxCell Of(decimal? value, XlsxFormat format) => new(null, value is { } v ? (double)v : null, format);

    public static XlsxCell Of(DateOnly value) => new(null, value.DayNumber - ExcelDayZero.DayNumber, XlsxFormat.Date);

    /// <summary>Excel's day 0 for dates after 1900-03-01 (its day 60 is the 1900-02-29 that never was).</summary>
    private static readonly DateOnly ExcelDayZero = new(1899, 12, 30);
}

/// <summary>A sheet: its name, the header row (frozen, bold) and the rows under it.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<XlsxCell>> Rows, IReadOnlyList<double> ColumnWidths);

/// <summary>Writes an .xlsx workbook (Office Open XML), one sheet after the other, atomically.</summary>
/// <remarks>
/// Texts are written as texts (never as formulas, so a cell starting with <c>=</c> is inert); characters
/// that XML 1.0 cannot carry (control characters from a damaged export) become U+FFFD, and a text longer
/// than Excel's 32,767-character cell limit is cut there. A sheet holds at most <see cref="MaxRows"/> rows
/// under its header: callers check that before writing (ReportWorkbook says so in business words); a sheet that still
/// runs over stops the write, and the atomic write leaves no file.
/// </remarks>
public static class XlsxWorkbook
{
    /// <summary>Excel's 1,048,576 rows per sheet, less the header row.</summary>
    public const int MaxRows = 1_048_575;

    private const int MaxCellChars = 32_767;

    // Number formats 0–163 are Excel's built-in ones; custom formats start at 164.
    private const uint YenFormatId = 164;
    private const uint PercentFormatId = 165;
    private const uint DateFormatId = 166;
    private const uint DecimalFormatId = 167;
    private const uint IntegerFormatId = 3; // built-in #,##0
    private const uint HeaderStyle = 6; // the cellXfs index after one per XlsxFormat

    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        AtomicFile.WriteStream(path, stream =>
        {
            using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
            var workbook = document.AddWorkbookPart();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var entries = new Sheets();
            for (var s = 0; s < sheets.Count; s++)
            {
                var part = workbook.AddNewPart<WorksheetPart>($"rId{s + 1}");
                WriteSheet(part, sheets[s]);
                entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = sheets[s].Name });
            }
            workbook.Workbook = new Workbook(entries);
        });
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var c = 0; c < sheet.ColumnWidths.Count; c++)
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.ColumnWidths[c], CustomWidth = true });
        if (columns.HasChildren)
            writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        var references = sheet.Header.Select((_, c) => ColumnName(c)).ToArray();
        WriteRow(writer, 1, sheet.Header.Select(XlsxCell.Of).ToList(), references, header: true);
        var row = 1;
        foreach (var cells in sheet.Rows)
        {
            if (row == MaxRows + 1)
                throw new InvalidOperationException($"sheet {sheet.Name} has more than {MaxRows:N0} rows");
            WriteRow(writer, ++row, cells, references, header: false);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int index, IReadOnlyList<XlsxCell> cells, string[] references, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)index });
        var number = index.ToString(CultureInfo.InvariantCulture);
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var reference = (c < references.Length ? references[c] : ColumnName(c)) + number;
            if (cell.Text is { } text)
            {
                var clean = XmlSafe(text);
                var t = new CellText(clean);
                if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
                    t.Space = SpaceProcessingModeValues.Preserve;
                writer.WriteElement(new Cell(new InlineString(t)) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = header ? HeaderStyle : null });
            }
            else if (cell.Number is { } value && double.IsFinite(value))
            {
                writer.WriteElement(new Cell(new CellValue(value)) { CellReference = reference, StyleIndex = (uint)cell.Format });
            }
        }
        writer.WriteEndElement();
    }

    /// <summary>A, B, … Z, AA, AB …</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    private static string XmlSafe(string text)
    {
        if (text.Length > MaxCellChars)
            text = text[..MaxCellChars];
        var clean = true;
        foreach (var ch in text)
            clean &= XmlAllowed(ch);
        if (clean)
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
                continue;
            }
            builder.Append(XmlAllowed(ch) && !char.IsSurrogate(ch) ? ch : '\uFFFD');
        }
        return builder.ToString();
    }

    private static bool XmlAllowed(char ch) => ch is '\t' or '\n' or '\r' || (ch >= ' ' && ch != '\uFFFE' && ch != '\uFFFF');

    /// <summary>One cellXfs entry per <see cref="XlsxFormat"/> (in its order), then the bold header.</summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = YenFormatId, FormatCode = "\"¥\"#,##0;-\"¥\"#,##0" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = "#,##0.00" })
        { Count = 4 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            Formatted(IntegerFormatId),
            Formatted(YenFormatId),
            Formatted(PercentFormatId),
            Formatted(DateFormatId),
            Formatted(DecimalFormatId),
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 7 });

    private static CellFormat Formatted(uint numberFormat) => new() { NumberFormatId = numberFormat, ApplyNumberFormat = true };
}
