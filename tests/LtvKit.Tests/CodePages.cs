using System.Runtime.CompilerServices;
using System.Text;

namespace LtvKit.Tests;

/// <summary>Shift_JIS (code page 932) for every test, before any test runs: fixtures are written in it with <c>Encoding.GetEncoding(932)</c>.</summary>
internal static class CodePages
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
