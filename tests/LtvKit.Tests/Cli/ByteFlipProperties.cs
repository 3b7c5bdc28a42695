using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LtvKit.Cli;

namespace LtvKit.Tests.Cli;

/// <summary>The in-process runs swap the console's writers: no other test may write to the console meanwhile.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>
/// Issue #12: the bundled sample with random bytes flipped, inserted or deleted (quotes, commas, line breaks, bytes that
/// are not UTF-8) goes through <c>ltvkit metrics</c> — the command's own code, in-process — and every run either exits
/// 0 with the rows and the amounts reconciling, or exits 2 naming the file and a line. Never exit 1, a stack trace or a hang.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public class ByteFlipProperties
{
    private const int Seed = 20_261_203;
    private const int Cases = 300;
    /// <summary>The header and the first rows of the sample.</summary>
    private const int HeadBytes = 400;

    /// <summary>What text edits put in: the CSV's own syntax, and characters of numbers and dates.</summary>
    private static readonly byte[] Ascii = "\",\n\r 0123456789-/:.abcXYZ"u8.ToArray();
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    private sealed record Run(int ExitCode, string Stderr, string? Json);

    [Fact]
    public void Metrics_SampleWithBytesFlipped_ReconcilesOrNamesTheLine()
    {
        var sample = File.ReadAllBytes(Path.Combine(TestShop.RepoRoot(), "data-samples", "orders.csv"));
        var random = new Random(Seed);
        var failures = new List<string>();
        for (var n = 0; n < Cases && failures.Count < 5; n++)
        {
            var (bytes, edits) = Mutate(sample, random);
            var path = TestShop.File("");
            File.WriteAllBytes(path, bytes);
            var run = Metrics(path);
            var problem = Check(run, path);
            if (problem is not null)
                failures.Add($"case {n} ({edits}; kept in {path}): {problem}");
            else
                File.Delete(path);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Why the run breaks the policy, or null.</summary>
    private static string? Check(Run run, string path)
    {
        if (run.Stderr.Contains("   at ", StringComparison.Ordinal))
            return "a stack trace: " + run.Stderr;
        switch (run.ExitCode)
        {
            case CommandLine.Ok:
                using (var json = JsonDocument.Parse(run.Json!))
                {
                    var root = json.RootElement;
                    var input = root.GetProperty("input");
                    long Rows(string name) => input.GetProperty(name).GetInt64();
                    if (Rows("rowsRead") != Rows("rowsUsed") + Rows("rowsRejected") + Rows("rowsCancelled") + Rows("rowsAfterAsOf"))
                        return "the rows do not reconcile: " + input;
                    var returns = input.GetProperty("returnsWithoutPurchase").GetProperty("amount").GetDecimal();
                    if (input.GetProperty("amountUsed").GetDecimal() != root.GetProperty("revenue").GetDecimal() + returns)
                        return $"the amounts do not reconcile: used {input.GetProperty("amountUsed")}, revenue {root.GetProperty("revenue")}, returns {returns}";
                    return null;
                }
            case CommandLine.BadInput:
                return Regex.IsMatch(run.Stderr, Regex.Escape(path) + @":[0-9][0-9,]*") ? null : "exit 2 without the file and a line: " + run.Stderr;
            default:
                return $"exit {run.ExitCode}: {run.Stderr}";
        }
    }

    /// <summary><c>ltvkit metrics --orders PATH --format json --out …</c> in-process, with a time limit.</summary>
    private static Run Metrics(string path)
    {
        var output = path + ".json";
        var stderr = new StringWriter();
        var (savedOut, savedError) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Null);
        Console.SetError(stderr);
        int? exit = null;
        Exception? escaped = null;
        var runner = new Thread(() =>
        {
            try
            {
                exit = CommandLine.Run(KitCommands.Root(), ["metrics", "--orders", path, "--format", "json", "--out", output]);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        });
        try
        {
            runner.Start();
            if (!runner.Join(CaseTimeout))
                return new Run(-1, $"no result after {CaseTimeout.TotalSeconds} s (a hang?)", null);
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
        if (escaped is not null)
            return new Run(-2, "an exception escaped the command line: " + escaped, null);
        var json = exit == CommandLine.Ok ? File.ReadAllText(output) : null;
        File.Delete(output);
        return new Run(exit!.Value, stderr.ToString(), json);
    }

    /// <summary>
    /// 1 to 6 edits at random places. Half the cases edit raw bytes (a flipped bit, a random byte put in, replaced or taken
    /// out), which nearly always breaks the UTF-8; the other half keep it valid, to reach the parsing behind the decoding:
    /// a quote, comma, line break or other ASCII character put in or put over an ASCII one, an ASCII byte or a line break
    /// taken out, a doubled quote.
    /// </summary>
    private static (byte[] Bytes, string Edits) Mutate(byte[] sample, Random random)
    {
        var bytes = new List<byte>(sample);
        var edits = new StringBuilder();
        var raw = random.Next(2) == 0;
        edits.Append(raw ? "raw" : "text").Append(':');
        var count = random.Next(1, 7);
        for (var e = 0; e < count; e++)
        {
            // One edit in eight hits the header and the first rows, which a uniform pick would almost never touch.
            var at = random.Next(8) == 0 ? random.Next(Math.Min(HeadBytes, bytes.Count)) : random.Next(bytes.Count);
            // Text edits go to a character's first byte, never inside a multi-byte character.
            while (!raw && at > 0 && bytes[at] is >= 0x80 and < 0xC0)
                at--;
            var kind = random.Next(raw ? 4 : 5);
            var ascii = Ascii[random.Next(Ascii.Length)];
            switch (raw ? kind : kind + 4)
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 3:
                    bytes.RemoveAt(at);
                    break;
                case 4:
                    bytes.Insert(at, ascii);
                    break;
                case 5:
                    if (bytes[at] < 0x80)
                        bytes[at] = ascii;
                    break;
                case 6:
                    if (bytes[at] < 0x80)
                        bytes.RemoveAt(at);
                    break;
                case 7:
                    var newline = bytes.IndexOf((byte)'\n', at);
                    if (newline >= 0)
                        bytes.RemoveAt(newline);
                    break;
                default:
                    bytes.InsertRange(at, "\"\""u8.ToArray());
                    break;
            }
            edits.Append(e == 0 ? "" : ", ").Append(kind).Append('@').Append(at);
        }
        return ([.. bytes], edits.ToString());
    }
}
