using System.Globalization;
using LtvKit.Ingest;

namespace LtvKit.Tests.Internals;

public class OrderBookTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void SameDayOrders_AreTwoOrdersButOnePurchaseDay()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A2,C1,2024-01-05,500");
        var c = shop.Customers.Single();
        Assert.Equal(2, c.Purchases);
        Assert.Equal(1, c.PurchaseDays);
        Assert.Equal(0, c.TenureDays);
        Assert.Null(c.DaysToSecond);
        Assert.Equal(1500m, c.Revenue);
    }

    [Theory]
    [InlineData("C1", "C1", "C2")]
    [InlineData("C1", "C2", "C2")]
    [InlineData("C2", "C1", "C1")]
    public void AdjacentLinesOfOneOrder_OneDisagrees_EveryRowIsRejected(string first, string second, string third)
    {
        var shop = TestShop.Orders(AsOf, $"A1,{first},2024-01-05,1000", $"A1,{second},2024-01-05,500", $"A1,{third},2024-01-05,200", "A2,C3,2024-01-06,700");
        Assert.Equal(3, shop.Input.RowsRejected);
        Assert.Equal("C3", Assert.Single(shop.Customers).Id);
        Assert.Contains(shop.RejectSamples, r => r.Reason.Contains("disagree on the customer", StringComparison.Ordinal));
    }

    [Fact]
    public void AdjacentLinesOfOneOrder_SameCustomer_AreOneOrder()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A1,C1,2024-01-05,500", "A2,C1,2024-01-06,700", "A2,C1,2024-01-06,1,キャンセル");
        var c = Assert.Single(shop.Customers);
        Assert.Equal((2, 2200m), (c.Purchases, c.Revenue));
        Assert.Equal((0, 1), (shop.Input.RowsRejected, shop.Input.RowsCancelled));
    }

    [Fact]
    public void Statuses_RepeatedAndAlternating_EachRowHasItsOwnVerdict()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000,キャンセル", "A2,C1,2024-01-06,1000,キャンセル", "A3,C1,2024-01-07,1000,発送済",
            "A4,C1,2024-01-08,1000,発送済", "A5,C1,2024-01-09,1000,キャンセル", "A6,C1,2024-01-10,1000,", "A7,C1,2024-01-11,1000,");
        Assert.Equal(3, shop.Input.RowsCancelled);
        Assert.Equal(4, Assert.Single(shop.Customers).Purchases);
    }

    [Fact]
    public void MultiLineOrder_IsOneOrderWithTheSumAndTheEarliestDate()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-06,1000", "A1,C1,2024-01-05,2500", "A1,C1,2024-01-06,-300");
        var c = shop.Customers.Single();
        Assert.Equal(1, c.Purchases);
        Assert.Equal(3200m, c.Revenue);
        Assert.Equal(new DateOnly(2024, 1, 5), c.FirstPurchase);
        Assert.Equal(3, shop.Input.RowsUsed);
    }

    [Fact]
    public void CancelledOrder_IsDroppedAndCounted()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A2,C1,2024-02-05,9000,キャンセル", "A2,C1,2024-02-05,1000,キャンセル済み");
        var c = shop.Customers.Single();
        Assert.Equal(1, c.Purchases);
        Assert.Equal(1000m, c.Revenue);
        Assert.Equal(2, shop.Input.RowsCancelled);
        Assert.Equal(1, shop.Input.OrdersCancelled);
        Assert.True(shop.Input.Reconciles);
    }

    [Theory]
    [InlineData("キャンセル")]
    [InlineData("取消")]
    [InlineData("cancelled")]
    [InlineData("Canceled")]
    public void CancelledStatus_EveryDocumentedWord(string status)
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", $"A2,C1,2024-02-05,9000,{status}");
        Assert.Equal(1, shop.Input.OrdersCancelled);
    }

    [Fact]
    public void PartlyCancelledOrder_KeepsItsOtherLines()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A1,C1,2024-01-05,700,キャンセル");
        Assert.Equal(1000m, shop.Customers.Single().Revenue);
        Assert.Equal(1, shop.Input.RowsCancelled);
        Assert.Equal(0, shop.Input.OrdersCancelled);
    }

    [Fact]
    public void ReturnOrder_CountsInRevenueButIsNotAPurchase()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,5000", "R1,C1,2024-03-05,-2000,返品");
        var c = shop.Customers.Single();
        Assert.Equal(1, c.Purchases);
        Assert.Equal(1, c.PurchaseDays);
        Assert.Equal(3000m, c.Revenue);
        Assert.Equal(new DateOnly(2024, 1, 5), c.LastPurchase);
    }

    [Fact]
    public void ZeroYenOrder_IsNotAPurchaseByDefault_ButIsWithZeroOrdersPurchase()
    {
        string csv = TestShop.Csv("S1,C1,2024-01-05,0", "A1,C1,2024-02-05,3000", "S2,C2,2024-01-05,0");
        var byDefault = TestShop.Load(csv);
        Assert.Equal(new DateOnly(2024, 2, 5), byDefault.Customers.Single().FirstPurchase);
        var counted = TestShop.Load(csv, new LoadOptions { ZeroOrders = ZeroOrders.Purchase });
        Assert.Equal(2, counted.Customers.Count);
        Assert.Equal(31, counted.Customers.Single(c => c.Id == "C1").DaysToSecond);
    }

    [Fact]
    public void LinesDisagreeingOnCustomer_RejectTheWholeOrderNamingBothLines()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A1,C1,2024-01-05,200", "A1,C2,2024-01-05,500", "A2,C3,2024-01-06,100");
        Assert.Equal(3, shop.Input.RowsRejected);
        Assert.Equal(1, shop.Input.RowsUsed);
        // One reject per rejected row, each naming the order's first line and the line that disagrees.
        Assert.Equal([2L, 3, 4], shop.RejectSamples.Select(r => r.Line));
        foreach (var reject in shop.RejectSamples)
        {
            Assert.Contains(":2 but 'C2' on ", reject.Reason, StringComparison.Ordinal);
            Assert.Contains(":4", reject.Reason, StringComparison.Ordinal);
            Assert.Contains("'C1'", reject.Reason, StringComparison.Ordinal);
        }
        Assert.Equal(["C3"], shop.Customers.Select(c => c.Id));
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void LinesDisagreeingOnCustomer_AcrossFiles_NameTheOrderAndItsFirstRowInItsOwnFile()
    {
        // The second file's orders are a run of their own: B1's first row is line 3 of the second file, and A1's
        // conflicting line is there too, while A1's first row is line 2 of the first.
        var first = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-05,200"));
        var second = TestShop.File(TestShop.Csv("A3,C3,2024-01-06,100", "B1,C4,2024-01-06,100", "B1,C5,2024-01-06,100", "A1,C9,2024-01-07,100"));
        var shop = Shop.Load(new LoadOptions { OrderFiles = [first, second], MaxRejectedShare = 1 });
        Assert.Equal(4, shop.Input.RowsRejected);
        var a1 = shop.RejectSamples.Where(r => r.Reason.StartsWith("order A1 ", StringComparison.Ordinal)).ToList();
        Assert.Equal([(first, 2L), (second, 5L)], a1.Select(r => (r.File, r.Line)));
        Assert.All(a1, r => Assert.Contains($"'C1' on {first}:2 but 'C9' on {second}:5", r.Reason, StringComparison.Ordinal));
        var b1 = shop.RejectSamples.Where(r => r.Reason.StartsWith("order B1 ", StringComparison.Ordinal)).ToList();
        Assert.Equal([(second, 3L), (second, 4L)], b1.Select(r => (r.File, r.Line)));
        Assert.All(b1, r => Assert.Contains($"'C4' on {second}:3 but 'C5' on {second}:4", r.Reason, StringComparison.Ordinal));
        Assert.Equal(["C2", "C3"], shop.Customers.Select(c => c.Id).Order());
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void LargestLine_IsKeptOverManyLines_CancelledLinesAreNotCompared_AndTheFirstOfEqualLinesWins()
    {
        var csv = """
            注文ID,顧客ID,注文日,商品名,金額,ステータス
            A1,C1,2024-01-05,取消品,9000,キャンセル
            A1,C1,2024-01-05,P2,100,
            A1,C1,2024-01-05,P3,100,
            A1,C1,2024-01-05,P4,250,
            A1,C1,2024-01-05,P5,250,
            A1,C1,2024-01-05,P6,200,
            A2,C2,2024-01-05,Q1,500,
            A2,C2,2024-01-05,Q1,500,
            A2,C2,2024-01-05,Q2,400,
            A2,C2,2024-01-05,Q3,600,
            A2,C2,2024-01-05,Q4,-50,
            A3,C3,2024-01-05,R1,300,
            A3,C3,2024-01-05,R2,300,
            """;
        var shop = TestShop.Load(csv);
        // A2's second line repeats its first (a duplicate, still counted), so the largest line is kept without a fingerprint kept.
        Assert.Equal(1, shop.Input.DuplicateLines);
        Assert.Equal(("P4", 900m), (shop.Customers.Single(c => c.Id == "C1").FirstProduct, shop.Customers.Single(c => c.Id == "C1").Revenue));
        Assert.Equal(("Q3", 1950m), (shop.Customers.Single(c => c.Id == "C2").FirstProduct, shop.Customers.Single(c => c.Id == "C2").Revenue));
        Assert.Equal("R1", shop.Customers.Single(c => c.Id == "C3").FirstProduct);
    }

    [Fact]
    public void DuplicateLines_AreReportedNotDropped()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A1,C1,2024-01-05,1000");
        Assert.Equal(1, shop.Input.DuplicateLines);
        Assert.Equal(2000m, shop.Customers.Single().Revenue);
    }

    [Fact]
    public void DuplicateLines_LaterLinesOfAnOrderAreComparedToo()
    {
        var shop = TestShop.Orders(AsOf, "A1,C1,2024-01-05,1000", "A1,C1,2024-01-05,200", "A1,C1,2024-01-05,300", "A1,C1,2024-01-05,200", "A1,C1,2024-01-05,1000");
        Assert.Equal(2, shop.Input.DuplicateLines);
        Assert.Equal(2700m, shop.Customers.Single().Revenue);
    }

    [Fact]
    public void DuplicateLines_TheFirstLineAndEightLaterLinesAreCompared()
    {
        // Lines of ¥1 … ¥10, then ¥10 again (not caught: the 10th line is past the 8 later lines kept) and ¥9 again
        // (caught: the 9th line is the 8th later line). Revenue 1 + … + 10 + 10 + 9 = 74.
        var lines = Enumerable.Range(1, 10).Append(10).Append(9)
            .Select(amount => string.Create(CultureInfo.InvariantCulture, $"A1,C1,2024-01-05,{amount}")).ToArray();
        var shop = TestShop.Orders(AsOf, lines);
        Assert.Equal(1, shop.Input.DuplicateLines);
        Assert.Equal(74m, shop.Customers.Single().Revenue);
    }

    [Fact]
    public void AsOf_DefaultsToTheLatestOrderDate_AndLaterOrdersAreCountedAfterIt()
    {
        var byDefault = TestShop.Orders(null, "A1,C1,2024-01-05,1000", "A2,C2,2024-03-01,1000,キャンセル");
        Assert.Equal(new DateOnly(2024, 3, 1), byDefault.AsOf);
        var earlier = TestShop.Orders(new DateOnly(2024, 2, 1), "A1,C1,2024-01-05,1000", "A2,C1,2024-02-02,1000", "A2,C1,2024-01-31,1000", "A3,C2,2024-03-01,1000,キャンセル");
        // A2's date is its earliest line (01-31), so it is on or before the as-of date; A3 is after it even though cancelled.
        Assert.Equal(1, earlier.Input.RowsAfterAsOf);
        Assert.Equal(0, earlier.Input.RowsCancelled);
        Assert.Equal(3000m, earlier.Customers.Single().Revenue);
    }

    [Fact]
    public void RowsAreBucketedInOrder_RejectedThenAfterAsOfThenCancelledThenUsed()
    {
        var shop = TestShop.Orders(new DateOnly(2024, 1, 31),
            "A1,C1,2024-01-05,1000", "A2,C1,2024-02-05,x,キャンセル", "A3,C1,2024-02-05,100,キャンセル", "A4,C1,2024-01-06,100,キャンセル");
        Assert.Equal((1L, 1L, 1L, 1L), (shop.Input.RowsUsed, shop.Input.RowsRejected, shop.Input.RowsAfterAsOf, shop.Input.RowsCancelled));
    }

    [Fact]
    public void FirstProductAndChannel_AreThoseOfTheLargestLineOfTheFirstPurchase()
    {
        var csv = """
            注文ID,顧客ID,注文日,商品名,金額,チャネル
            A1,C1,2024-01-05,おまけ,100,Instagram
            A1,C1,2024-01-05,美容液,5000,Instagram
            A1,C1,2024-01-05,化粧水,3000,Instagram
            A2,C1,2024-02-05,定期便,9000,LINE
            """;
        var c = TestShop.Load(csv).Customers.Single();
        Assert.Equal("美容液", c.FirstProduct);
        Assert.Equal("Instagram", c.FirstChannel);
    }

    [Fact]
    public void Amounts_BeyondTenThousandths_AreAddedExactly_AndTheLargestLineKeepsItsProduct()
    {
        // A1: the second line has five decimals, so the order's amounts go on as decimals in mid-order; its largest
        // line (P2) is the one before the switch is compared with. A2: ten lines that fit alone but whose sum overflows.
        var rows = new List<string>
        {
            "A1,C1,2024-01-05,P1,100,Web,", "A1,C1,2024-01-05,P2,200.00001,Web,", "A1,C1,2024-01-05,P3,150,Web,",
            "A3,C3,2024-01-05,P1,1500,Web,", "A3,C3,2024-01-05,P2,0.50,Web,",
        };
        rows.AddRange(Enumerable.Range(0, 10).Select(i => $"A2,C2,2024-01-06,Q{i},99999999999999,Web,"));
        var shop = TestShop.Load(TestShop.Header + "\n" + string.Join("\n", rows) + "\n", new LoadOptions { AsOf = AsOf });
        var c1 = shop.Customers.Single(c => c.Id == "C1");
        Assert.Equal((450.00001m, "P2"), (c1.Revenue, c1.FirstProduct));
        Assert.Equal("450.00001", c1.Revenue.ToString(CultureInfo.InvariantCulture));
        var c2 = shop.Customers.Single(c => c.Id == "C2");
        Assert.Equal((999_999_999_999_990m, "Q0"), (c2.Revenue, c2.FirstProduct));
        // Decimal keeps the scale of its terms: 1500 + 0.50 is 1500.50, as before the amounts were kept in a long.
        Assert.Equal("1500.50", shop.Customers.Single(c => c.Id == "C3").Revenue.ToString(CultureInfo.InvariantCulture));
    }
}
