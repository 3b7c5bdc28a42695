using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LtvKit.Internals;

/// <summary>Arrays of millions of elements, in huge pages where Linux offers them (see <see cref="NativeBlock"/>).</summary>
/// <remarks>
/// The garbage collector zeroes a new large array itself, a 4 KiB page at a time, each page a trip through the kernel
/// (on a virtual machine, about 13 µs: a 300 MB array costs a second of CPU before it holds anything). These arrays
/// are taken unzeroed, advised to huge pages before anything touches them, then filled or zeroed here.
/// </remarks>
internal static unsafe class BigArray
{
    /// <summary>An array whose every element the caller writes before reading it.</summary>
    public static T[] Uninitialized<T>(int length) where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        if (length > 0)
            NativeBlock.AdviseHugePages(Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), (nuint)length * (nuint)sizeof(T));
        return array;
    }

    /// <summary>An array of zeroes.</summary>
    public static T[] Zeroed<T>(int length) where T : unmanaged
    {
        var array = Uninitialized<T>(length);
        Array.Clear(array);
        return array;
    }
}
