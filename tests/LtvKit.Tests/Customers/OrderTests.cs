using System.Runtime.CompilerServices;
using LtvKit.Customers;

namespace LtvKit.Tests.Customers;

public class OrderTests
{
    /// <summary>The order table holds one per order: 8 more bytes are 80 MB more on a ten-million-order file.</summary>
    [Fact]
    public void Order_Size_Is40Bytes() => Assert.Equal(40, Unsafe.SizeOf<Order>());
}
