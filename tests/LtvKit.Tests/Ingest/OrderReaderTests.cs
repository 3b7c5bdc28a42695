using System.Text;
using LtvKit.Ingest;

namespace LtvKit.Tests.Ingest;

public class OrderReaderTests
{
    private static readonly Encoding ShiftJis = CodePages();

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }

    private const string Japanese = """
        注文ID,顧客ID,注文日,商品名,金額（税込）,チャネル,ステータス
        A1,顧客001,2024/01/05,青汁お試しセット,"1,980",Instagram広告,発送済
        A2,顧客001,2024/02/10,青汁定期便,"3,980",LINE,発送済
        A3,顧客002,2024/02/11,美容液,"¥12,800",楽天市場,
        """;

    [Fact]
    public void Load_ShiftJisFile_IsDetectedAndReadLikeUtf8()
    {
        var sjis = Shop.Load(TestShop.File(Japanese, ShiftJis));
        var utf8 = Shop.Load(TestShop.File(Japanese, new UTF8Encoding(true)));
        Assert.Equal(["Shift_JIS"], sjis.Encodings);
        Assert.Equal(["UTF-8"], utf8.Encodings);
        Assert.Equal(utf8.Customers.Select(c => (c.Id, c.Revenue, c.FirstProduct)), sjis.Customers.Select(c => (c.Id, c.Revenue, c.FirstProduct)));
        Assert.Equal("顧客001", sjis.Customers[0].Id);
        Assert.Equal("青汁お試しセット", sjis.Customers[0].FirstProduct);
        Assert.Equal(18760m, sjis.Customers.Sum(c => c.Revenue));
    }

    [Fact]
    public void Load_Utf8WithBom_HeaderIsRecognised()
    {
        var shop = Shop.Load(TestShop.File(Japanese, new UTF8Encoding(true)));
        Assert.Equal(2, shop.Customers.Count);
    }

    [Fact]
    public void Load_ForcedEncodingThatDoesNotFit_FailsWithFileAndLineNotMojibake()
    {
        var path = TestShop.File(Japanese, ShiftJis);
        var e = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [path], Encoding = TextEncoding.Utf8 }));
        Assert.Contains(path + ":1", e.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding shift_jis", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf8FileWithShiftJisBytesAfterTheFirstMegabyte_FailsNamingTheLine()
    {
        var text = new StringBuilder(TestShop.Header + "\n");
        var row = 0;
        while (text.Length < 1_000_000)
            text.Append("A").Append(++row).Append(",C1,2024-01-05,商品商品商品商品商品商品,1000,Web,\n");
        var bytes = new List<byte>(new UTF8Encoding(false).GetBytes(text.ToString()));
        bytes.AddRange(ShiftJis.GetBytes("Z1,顧客,2024-01-05,商品,1000,Web,\n"));
        var path = TestShop.File("");
        File.WriteAllBytes(path, [.. bytes]);
        var e = Assert.Throws<InputException>(() => Shop.Load(path));
        Assert.Contains($":{row + 2:N0}", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShiftJisFileWhoseFirstMegabyteIsAscii_IsDetectedFromItsFirstJapaneseText()
    {
        var text = new StringBuilder(TestShop.Header.Replace("注文ID", "order_id", StringComparison.Ordinal) + "\n");
        var row = 0;
        while (text.Length < 1_200_000)
            text.Append('A').Append(++row).Append(",C1,2024-01-05,item,1000,Web,\n");
        text.Append("Z1,C2,2024-01-06,青汁 30包,1980,Web,\n");
        var shop = Shop.Load(TestShop.File(text.ToString(), ShiftJis));

        Assert.Equal(["Shift_JIS"], shop.Encodings);
        Assert.Equal(row + 1, shop.Input.RowsUsed);
        Assert.Equal("青汁 30包", shop.Customers.Single(c => c.Id == "C2").FirstProduct);
    }

    [Fact]
    public void Load_AsciiOnlyFile_IsReadAsUtf8()
    {
        var shop = Shop.Load(TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000")));
        Assert.Equal(["UTF-8"], shop.Encodings);
    }

    [Fact]
    public void Load_NameColumnOutsideShopify_IsNotTheOrderId()
    {
        // A person's name is not an order number: without an order-id column each row is its own order.
        var shop = TestShop.Load("customer_id,Name,order_date,amount\nC1,山田 花子,2024-01-05,1000\nC1,山田 花子,2024-02-05,2000\n");
        Assert.Equal(2, shop.Customers.Single().Purchases);
        Assert.Equal(2, shop.Customers.Single().PurchaseDays);
    }

    [Fact]
    public void Load_CdnowMasterLayout_HeaderLineAndFourFields()
    {
        var master = TestShop.File(" customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n 00002 19970113  2   0.00\n");
        var sample = TestShop.File("00001 00001 19970101 1 11.77\n00002 00002 19970112 1 12.00\n00002 00002 19970113 2 0.00\n");

        var fromMaster = Shop.Load(new LoadOptions { OrderFiles = [master], Preset = Preset.Cdnow });
        var fromSample = Shop.Load(new LoadOptions { OrderFiles = [sample], Preset = Preset.Cdnow });

        Assert.Equal(3, fromMaster.Input.RowsRead);
        Assert.True(fromMaster.Input.Reconciles);
        Assert.Equal(fromSample.Customers.Select(c => (c.Id, c.Purchases, c.Revenue)), fromMaster.Customers.Select(c => (c.Id, c.Purchases, c.Revenue)));
        Assert.Equal(2, fromMaster.Customers.Single(c => c.Id == "00002").Purchases); // the $0 row counts, as --preset cdnow implies
    }

    [Fact]
    public void Load_FullWidthAndEnglishHeaders_AreRecognised()
    {
        var csv = """
            ＯＲＤＥＲ＿ＩＤ,Customer ID,Order Date,Amount,Channel
            1,c1,2024-01-05,1000,web
            2,c1,2024-03-05,2000,web
            """;
        var shop = TestShop.Load(csv);
        Assert.Equal(3000m, shop.Customers.Single().Revenue);
        Assert.Equal(2, shop.Customers.Single().Purchases);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('|')]
    public void Load_SemicolonOrPipeSeparatedFile_SaysWhichSeparatorItSeems(char separator)
    {
        var e = Assert.Throws<InputException>(() => TestShop.Load($"注文ID{separator}顧客ID{separator}注文日{separator}金額\n1{separator}c{separator}2024-01-01{separator}100\n"));
        Assert.Contains($"its columns seem to be separated by '{separator}', and the kit reads commas or tabs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingColumnOfACommaFile_SaysNothingOfSeparators()
    {
        var e = Assert.Throws<InputException>(() => TestShop.Load("注文ID,お客様コード;x,注文日,金額\n1,c,2024-01-01,100\n"));
        Assert.DoesNotContain("separated by", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingCustomerColumn_ListsHeadersFoundAndAccepted()
    {
        var e = Assert.Throws<InputException>(() => TestShop.Load("注文ID,お客様コード,注文日,金額\n1,c,2024-01-01,100\n"));
        Assert.Contains("no customer id column", e.Message, StringComparison.Ordinal);
        Assert.Contains("お客様コード", e.Message, StringComparison.Ordinal);
        Assert.Contains("顧客ID", e.Message, StringComparison.Ordinal);
        Assert.Contains("--map customer_id=", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Map_NamesAnUnknownHeader()
    {
        var shop = TestShop.Load("注文ID,お客様コード,注文日,金額\n1,c,2024-01-01,100\n",
            new LoadOptions { Map = new Dictionary<OrderField, string> { [OrderField.CustomerId] = "お客様コード" }, MaxRejectedShare = 1 });
        Assert.Equal("c", shop.Customers.Single().Id);
    }

    [Fact]
    public void Load_QuotedFieldsWithCommasAndNewlines_AndCrlf()
    {
        var csv = "注文ID,顧客ID,注文日,商品名,金額\r\n1,c1,2024-01-05,\"ギフト,\r\nのし付き\",\"1,000\"\r\n2,c2,2024-01-06,x,bad\r\n";
        var shop = TestShop.Load(csv);
        Assert.Equal("ギフト,\r\nのし付き", shop.Customers[0].FirstProduct);
        var reject = Assert.Single(shop.RejectSamples);
        Assert.Equal(4, reject.Line); // the multi-line record occupies lines 2–3
    }

    [Fact]
    public void Load_MalformedRows_AreRejectedWithFileLineColumnAndReason()
    {
        var csv = TestShop.Csv(
            "A1,C1,2024-01-05,1000",
            "A2,,2024-01-06,1000",
            "A3,C3,2024-02-30,1000",
            "A4,C4,2024-01-07,12.8OO",
            "A5,C5,2024-01-08,1000");
        csv += "A6,C6,2024-01-09\n";
        var path = TestShop.File(csv);
        var rejectsPath = Path.ChangeExtension(path, ".rejects.csv");
        var shop = Shop.Load(new LoadOptions { OrderFiles = [path], RejectsPath = rejectsPath, MaxRejectedShare = 1 });
        Assert.Equal(6, shop.Input.RowsRead);
        Assert.Equal(4, shop.Input.RowsRejected);
        Assert.Equal([3L, 4, 5, 7], shop.RejectSamples.Select(r => r.Line));
        Assert.Equal(["顧客ID", "注文日", "金額(税込)", ""], shop.RejectSamples.Select(r => r.Column));
        Assert.Contains("letter O", shop.RejectSamples[2].Reason, StringComparison.Ordinal);
        var lines = File.ReadAllLines(rejectsPath, Encoding.UTF8);
        Assert.Equal("file,line,column,value,reason", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"{path},3,顧客ID,,no customer id", lines[1], StringComparison.Ordinal);
        Assert.True(shop.Input.Reconciles);
    }

    [Fact]
    public void Load_MoreThanOnePercentRejected_FailsSayingTheFileWasMisread()
    {
        var rows = Enumerable.Range(1, 99).Select(i => $"A{i},C{i},2024-01-05,1000").Append("B,C,2024-01-05,x").Append("D,C,2024-01-05,y");
        var e = Assert.Throws<InputException>(() => Shop.Load(TestShop.File(TestShop.Csv([.. rows]))));
        Assert.Contains("2 of 101 rows (2.0%)", e.Message, StringComparison.Ordinal);
        Assert.Contains("misread", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OnePercentRejected_IsStillAccepted()
    {
        var rows = Enumerable.Range(1, 99).Select(i => $"A{i},C{i},2024-01-05,1000").Append("B,C,2024-01-05,x");
        var shop = Shop.Load(TestShop.File(TestShop.Csv([.. rows])));
        Assert.Equal(1, shop.Input.RowsRejected);
    }

    [Fact]
    public void Load_Strict_FailsOnASingleRejectAndStillWritesTheRejectsFile()
    {
        var path = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-05,x"));
        var rejects = Path.ChangeExtension(path, ".rej.csv");
        var e = Assert.Throws<InputException>(() => Shop.Load(new LoadOptions { OrderFiles = [path], Strict = true, RejectsPath = rejects }));
        Assert.Contains("--strict", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}:3", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(rejects).Length);
    }

    [Fact]
    public void Load_SeveralFiles_AreOneStreamAndOrdersSpanFiles()
    {
        var january = TestShop.File(TestShop.Csv("A1,C1,2024-01-05,1000", "A2,C2,2024-01-20,500"));
        var february = TestShop.File(TestShop.Csv("A3,C1,2024-02-05,2000", "A2,C2,2024-01-20,300"));
        var shop = Shop.Load(january, february);
        Assert.Equal(4, shop.Input.RowsRead);
        Assert.Equal(3000m, shop.Customers.Single(c => c.Id == "C1").Revenue);
        Assert.Equal(800m, shop.Customers.Single(c => c.Id == "C2").Revenue);
        Assert.Equal(1, shop.Customers.Single(c => c.Id == "C2").Purchases);
    }

    [Fact]
    public void Load_AmountBasis_InclByDefaultExclWhenAskedOrWhenOnlyExclExists()
    {
        const string both = "注文ID,顧客ID,注文日,金額(税込),金額(税抜)\n1,c,2024-01-01,1100,1000\n";
        Assert.Equal(1100m, TestShop.Load(both).Customers.Single().Revenue);
        Assert.Equal(AmountBasis.Incl, TestShop.Load(both).AmountBasis);
        var excl = TestShop.Load(both, new LoadOptions { Amount = AmountBasis.Excl, MaxRejectedShare = 1 });
        Assert.Equal(1000m, excl.Customers.Single().Revenue);
        var only = TestShop.Load("注文ID,顧客ID,注文日,税抜金額\n1,c,2024-01-01,1000\n");
        Assert.Equal(AmountBasis.Excl, only.AmountBasis);
        Assert.Throws<InputException>(() => TestShop.Load("注文ID,顧客ID,注文日,税抜金額\n1,c,2024-01-01,1000\n", new LoadOptions { Amount = AmountBasis.Incl }));
    }

    [Fact]
    public void Load_EmptyFile_SaysSo()
    {
        var e = Assert.Throws<InputException>(() => Shop.Load(TestShop.File("")));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        var e = Assert.Throws<InputException>(() => Shop.Load("/nonexistent/orders.csv"));
        Assert.Contains("/nonexistent/orders.csv", e.Message, StringComparison.Ordinal);
    }
}
