using System.Runtime.InteropServices;

namespace LtvKit.Internals;

/// <summary>Zeroed native memory for the order book's tables, in huge pages where Linux offers them on request.</summary>
/// <remarks>
/// Each 4 KiB page a table touches for the first time costs a trip through the kernel; millions of orders touch
/// hundreds of thousands of pages. With transparent huge pages in "madvise" mode (the usual default), asking for
/// them makes one 2 MiB page out of 512 small ones. Elsewhere the request is simply not made. A small file's tables
/// use the first few MiB of their first block, where a huge page would only be more memory to clear: a block asks
/// from <see cref="SmallTable"/> on, so only a table that grows past that gets huge pages.
/// </remarks>
internal static unsafe partial class NativeBlock
{
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>What a small file's table uses of its first block: 4 KiB pages up to here.</summary>
    public const nuint SmallTable = 4 << 20;

    /// <param name="hugePagesFrom">Huge pages from this offset on; <paramref name="bytes"/> or more for none.</param>
    public static void* Allocate(nuint bytes, nuint hugePagesFrom)
    {
        var block = NativeMemory.AllocZeroed(bytes);
        if (hugePagesFrom < bytes)
            AdviseHugePages((byte*)block + hugePagesFrom, bytes - hugePagesFrom);
        return block;
    }

    /// <summary>
    /// Asks for huge pages for the whole 2 MiB pages within [<paramref name="start"/>, + <paramref name="bytes"/>): only
    /// pages not touched yet take the advice. Also for a large array of the garbage collector's that is about to be filled.
    /// </summary>
    public static void AdviseHugePages(void* start, nuint bytes)
    {
        if (bytes < 2 * HugePage || !OperatingSystem.IsLinux())
            return;
        var from = ((nuint)start + HugePage - 1) & ~(HugePage - 1);
        var to = ((nuint)start + bytes) & ~(HugePage - 1);
        if (to > from)
            _ = Madvise((void*)from, to - from, MadviseHugePage);
    }

    public static void Free(void* block) => NativeMemory.Free(block);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
