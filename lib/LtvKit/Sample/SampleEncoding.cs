namespace LtvKit.Sample;

/// <summary>The text encoding of the files the sample generator writes.</summary>
public enum SampleEncoding
{
    /// <summary>UTF-8 with a byte-order mark: what a cart system exports and Excel opens correctly.</summary>
    Utf8 = 0,

    /// <summary>Shift_JIS as Windows writes it (code page 932, CP932): what Excel on Japanese Windows saves.</summary>
    ShiftJis = 1,
}
