using System.Runtime.InteropServices;

namespace LtvKit.Collections;

/// <summary>Zeroed native memory for the order book's tables, in huge pages where Linux offers them on request.</summary>
/// <remarks>
/// Each 4 KiB page a table touches for the first time costs a trip through the kernel; millions of orders touch
/// hundreds of thousands of pages. With transparent huge pages in "madvise" mode (the usual default), asking for
/// them makes one 2 MiB page out of 512 small ones. Elsewhere the request is simply not made. A small file's tables
/// stay in their first block, where a huge page would only be more memory to clear: only blocks after it ask.
/// </remarks>
internal static unsafe partial class NativeBlock
{
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    public static void* Allocate(nuint bytes, bool hugePages)
    {
        var block = NativeMemory.AllocZeroed(bytes);
        if (hugePages && bytes >= 2 * HugePage && OperatingSystem.IsLinux())
        {
            var start = ((nuint)block + HugePage - 1) & ~(HugePage - 1);
            var end = ((nuint)block + bytes) & ~(HugePage - 1);
            _ = Madvise((void*)start, end - start, MadviseHugePage);
        }
        return block;
    }

    public static void Free(void* block) => NativeMemory.Free(block);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
