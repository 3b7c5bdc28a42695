using System.Security.Cryptography;
using System.Text;

namespace LtvKit.Notebooks.Kernel;

/// <summary>Signs and checks Jupyter messages: HMAC-SHA256 with the connection key over header, parent header, metadata and content.</summary>
/// <remarks>
/// The signature is the lower-case hex digest of the four JSON frames as sent, in that order. Anyone
/// who can reach the kernel's ports but lacks the key cannot make it run code: a message whose
/// signature does not match is dropped. With an empty key (a connection file that asks for no
/// signing) the signature is the empty string and every message is accepted.
/// </remarks>
public sealed class MessageSigner
{
    /// <summary>The only signature scheme Jupyter defines.</summary>
    public const string HmacSha256 = "hmac-sha256";

    private readonly byte[] _key;

    public MessageSigner(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>False when the key is empty: nothing is signed or checked.</summary>
    public bool IsSigning => _key.Length > 0;

    /// <summary>The hex digest of the four frames; empty when not signing.</summary>
    public string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content) =>
        IsSigning ? Convert.ToHexStringLower(Digest(header, parentHeader, metadata, content)) : "";

    /// <summary>True when <paramref name="signature"/> is the digest of the four frames (compared in constant time), or when not signing.</summary>
    public bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!IsSigning)
            return true;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, Digest(header, parentHeader, metadata, content));
    }

    private byte[] Digest(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }
}
