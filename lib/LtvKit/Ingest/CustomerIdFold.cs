using System.Text;

namespace LtvKit.Ingest;

/// <summary>One spelling for customer ids that differ only by width, case or surrounding space (<c>--fold-ids</c>).</summary>
/// <remarks>
/// <para>The folded id is, in this order: the id in Unicode normalisation form KC (full-width <c>Ｃ０００１</c> →
/// <c>C0001</c>, half-width katakana → full-width), without leading and trailing white space (<see cref="string.Trim()"/>),
/// in upper case by the invariant culture's simple case mapping (<c>c0001</c> → <c>C0001</c>, <c>taro@example.com</c> →
/// <c>TARO@EXAMPLE.COM</c>). Upper case, so that the usual ids (<c>C0000001</c>, digits) are their own folded form and
/// keep their spelling in every output.</para>
/// <para>Without <c>--fold-ids</c> ids are compared exactly (after the trimming every field gets), and ids that fold to
/// one are reported (<see cref="LtvKit.Customers.SimilarCustomerIds"/>), never merged silently.</para>
/// </remarks>
public static class CustomerIdFold
{
    /// <summary>The folded form of <paramref name="id"/>.</summary>
    public static string Fold(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (IsPlain(id))
            return id;
        // ASCII is its own normal form KC: only the slow, general path needs the normalisation.
        return Ascii.IsValid(id) ? id.Trim().ToUpperInvariant() : id.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
    }

    /// <summary>The folded form of a UTF-8 id: <paramref name="id"/> itself when it is already folded, else in <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<byte> Fold(ReadOnlySpan<byte> id, ref byte[] buffer)
    {
        if (IsPlain(id))
            return id;
        if (Ascii.IsValid(id))
        {
            var start = 0;
            var end = id.Length;
            while (start < end && char.IsWhiteSpace((char)id[start]))
                start++;
            while (end > start && char.IsWhiteSpace((char)id[end - 1]))
                end--;
            Grow(ref buffer, end - start);
            Ascii.ToUpper(id[start..end], buffer, out var written);
            return buffer.AsSpan(0, written);
        }
        var folded = Fold(Encoding.UTF8.GetString(id));
        Grow(ref buffer, Encoding.UTF8.GetByteCount(folded));
        return buffer.AsSpan(0, Encoding.UTF8.GetBytes(folded, buffer));
    }

    /// <summary>Visible ASCII without a lower-case letter: already folded (most ids are), decided without normalising.</summary>
    internal static bool IsPlain(ReadOnlySpan<byte> id)
    {
        foreach (var b in id)
        {
            if (b is <= (byte)' ' or >= 0x7F or (>= (byte)'a' and <= (byte)'z'))
                return false;
        }
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<char> id)
    {
        foreach (var c in id)
        {
            if (c is <= ' ' or >= '\x7F' or (>= 'a' and <= 'z'))
                return false;
        }
        return true;
    }

    private static void Grow(ref byte[] buffer, int length)
    {
        if (buffer.Length < length)
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
    }
}
