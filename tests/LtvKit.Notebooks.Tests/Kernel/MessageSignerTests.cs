using System.Text;
using LtvKit.Notebooks.Kernel;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class MessageSignerTests
{
    private const string Key = "a0436f6c-1916-498b-8eb9-e81ab9368e84";
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"msg_id":"1","msg_type":"kernel_info_request"}""");
    private static readonly byte[] Empty = Encoding.UTF8.GetBytes("{}");

    [Fact]
    public void Sign_IsTheHexHmacSha256OfTheFourFrames_AsPythonComputesIt()
    {
        // Python: hmac.new(key, digestmod=sha256), update(header), update(b"{}") × 3, hexdigest()
        var signature = new MessageSigner(Key).Sign(Header, Empty, Empty, Empty);

        Assert.Equal("23d21ade63d42fc48bbe2721cd9045ceffb260c3521b7d246495f23adfca79a0", signature);
    }

    [Fact]
    public void Verify_TheRightSignature_True_InEitherCase()
    {
        var signer = new MessageSigner(Key);
        var signature = signer.Sign(Header, Empty, Empty, Empty);

        Assert.True(signer.Verify(signature, Header, Empty, Empty, Empty));
        Assert.True(signer.Verify(signature.ToUpperInvariant(), Header, Empty, Empty, Empty));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("23d21ade63d42fc48bbe2721cd9045ceffb260c3521b7d246495f23adfca79a1")] // last digit changed
    [InlineData("23d21ade")]                                                           // a prefix
    public void Verify_AWrongSignature_False(string signature)
    {
        Assert.False(new MessageSigner(Key).Verify(signature, Header, Empty, Empty, Empty));
    }

    [Fact]
    public void Verify_AnotherKeysSignature_False()
    {
        var forged = new MessageSigner("another key").Sign(Header, Empty, Empty, Empty);

        Assert.False(new MessageSigner(Key).Verify(forged, Header, Empty, Empty, Empty));
    }

    [Fact]
    public void Verify_AChangedContent_False()
    {
        var signer = new MessageSigner(Key);
        var signature = signer.Sign(Header, Empty, Empty, Empty);

        Assert.False(signer.Verify(signature, Header, Empty, Empty, Encoding.UTF8.GetBytes("""{"code":"rm"}""")));
    }

    [Fact]
    public void EmptyKey_SignsNothing_AcceptsEverything()
    {
        var signer = new MessageSigner("");

        Assert.False(signer.IsSigning);
        Assert.Equal("", signer.Sign(Header, Empty, Empty, Empty));
        Assert.True(signer.Verify("anything", Header, Empty, Empty, Empty));
    }
}
