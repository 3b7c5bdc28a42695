using LtvKit.Notebooks.Kernel;

namespace LtvKit.Notebooks.Tests.Kernel;

public sealed class ConnectionInfoTests
{
    private const string File = """
        {
          "shell_port": 53794, "iopub_port": 53795, "stdin_port": 53796, "control_port": 53797, "hb_port": 53798,
          "ip": "127.0.0.1", "key": "a0436f6c-1916", "transport": "tcp", "signature_scheme": "hmac-sha256",
          "kernel_name": "ltvkit-csharp"
        }
        """;

    [Fact]
    public void Parse_AJupyterConnectionFile_ReadsEveryField()
    {
        var info = ConnectionInfo.Parse(File);

        Assert.Equal(new ConnectionInfo
        {
            ShellPort = 53794, IOPubPort = 53795, StdinPort = 53796, ControlPort = 53797, HeartbeatPort = 53798,
            Ip = "127.0.0.1", Key = "a0436f6c-1916", Transport = "tcp", SignatureScheme = "hmac-sha256",
        }, info);
        Assert.Equal("tcp://127.0.0.1:53794", info.Endpoint(info.ShellPort));
    }

    [Fact]
    public void Endpoint_IPv6_InBrackets()
    {
        Assert.Equal("tcp://[::1]:9000", new ConnectionInfo { Ip = "::1" }.Endpoint(9000));
    }

    [Fact]
    public void Parse_Ipc_RefusedInWords()
    {
        var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Parse(File.Replace("\"tcp\"", "\"ipc\"", StringComparison.Ordinal), "kernel-1.json"));

        Assert.StartsWith("kernel-1.json: transport \"ipc\" is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingPort_NamesIt()
    {
        var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Parse(File.Replace("\"hb_port\": 53798,", "", StringComparison.Ordinal)));

        Assert.Contains("\"hb_port\" should be a port number from 1 to 65535; it is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherSignatureScheme_Refused()
    {
        var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Parse(File.Replace("hmac-sha256", "hmac-md5", StringComparison.Ordinal)));

        Assert.Contains("signature scheme \"hmac-md5\" is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_SaysSo()
    {
        var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Parse("{ \"shell_port\": ", "kernel-2.json"));

        Assert.StartsWith("kernel-2.json: not a connection file: the JSON is broken", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var e = Assert.Throws<ConnectionFileException>(() => ConnectionInfo.Load("/no/such/kernel.json"));

        Assert.StartsWith("/no/such/kernel.json: cannot read the connection file", e.Message, StringComparison.Ordinal);
    }
}
