using System.Text;

namespace LtvKit.Io;

/// <summary>Writes an output file so that readers see either the old file or the whole new one.</summary>
/// <remarks>
/// The content goes to a temporary file in the same folder, which is renamed over the target only
/// after the writer has finished. A run that fails half-way leaves no half-written report or
/// customer list behind: the temporary file is deleted and the target is untouched.
/// </remarks>
public static class AtomicFile
{
    /// <summary>UTF-8 with a byte-order mark: what Excel needs to open Japanese CSV correctly.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 without a byte-order mark: HTML, JSON, notebooks.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text through <paramref name="write"/> to <paramref name="path"/>, atomically.</summary>
    public static void WriteText(string path, Encoding encoding, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteStream(path, stream =>
        {
            using var writer = new StreamWriter(stream, encoding, bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        });
    }

    /// <summary>Writes bytes through <paramref name="write"/> to <paramref name="path"/>, atomically.</summary>
    public static void WriteStream(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e)
        {
            Delete(temp);
            if (e is IOException or UnauthorizedAccessException)
                throw new IOException($"{full}: cannot write the file ({e.Message}).", e);
            throw;
        }
    }

    private static void Delete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder is not writable or gone: there is no temporary file to leave behind.
        }
    }
}
