using System.Text;
using LtvKit.Ingest;
using LtvKit.Ingest.Presets;

namespace LtvKit.Tests.Ingest.Presets;

/// <summary>名寄せ (<c>--identify</c>) on small inline exports: which orders it joins, which it leaves apart, and its match report.</summary>
public class IdentifyTests
{
    private static Shop Load(string csv, IdentifyRule? rule, string? master = null, Preset? preset = null) =>
        Shop.Load(new LoadOptions { OrderFiles = [TestShop.File(csv)], Identify = rule, CustomerFile = master is null ? null : TestShop.File(master), Preset = preset, MaxRejectedShare = 1 });

    /// <summary>
    /// A plain export without a customer id. O1 and O2: 山田 太郎 at 03-1234-5678 and 山田　太郎 at ０３１２３４５６７８ —
    /// one person (joined). O3: 山田太郎 at 090-9999-8888 — the same name, another phone: left apart (a near miss).
    /// O4: 佐藤花子. Customers 3; the 山田 at 03 has 2 orders (3000 + 2000).
    /// </summary>
    private const string ByPhone = """
        注文ID,注文日,氏名,電話番号,住所,金額(税込)
        O1,2024-01-05,山田 太郎,03-1234-5678,東京都千代田区1-1,3000
        O2,2024-02-05,山田　太郎,０３１２３４５６７８,東京都 千代田区 1-1,2000
        O3,2024-02-06,山田太郎,090-9999-8888,東京都千代田区1-1,1000
        O4,2024-03-01,佐藤花子,+81 90-1111-2222,大阪府大阪市2-2,4000
        """;

    [Fact]
    public void NamePhone_JoinsSpellingsOfOnePhone_LeavesAnotherPhoneApart()
    {
        var shop = Load(ByPhone, IdentifyRule.NamePhone);
        Assert.Equal(3, shop.Customers.Count);
        var yamada = shop.Customers.Single(c => c.Id == PersonKey.Id(IdentifyRule.NamePhone, "山田太郎", "0312345678"));
        Assert.Equal((2, 5000m), (yamada.Purchases, yamada.Revenue));
        Assert.Contains(shop.Customers, c => c.Id == PersonKey.Id(IdentifyRule.NamePhone, "佐藤花子", "09011112222"));
        var report = shop.Matches!;
        Assert.Equal((4L, 3, 1L, 1), (report.Orders, report.Customers, report.JoinedOrders, report.JoinedCustomers));
        var pair = Assert.Single(report.NameOnly);
        Assert.Equal("山田太郎", pair.Name);
        Assert.Equal(["0312345678", "09099998888"], new[] { pair.Contact, pair.OtherContact }.Order());
    }

    /// <summary>By address the three 山田 orders share 東京都千代田区1-1 (spaces removed): one customer of 3 orders; 佐藤 the other.</summary>
    [Fact]
    public void NameAddress_JoinsOneAddressWhateverThePhone()
    {
        var shop = Load(ByPhone, IdentifyRule.NameAddress);
        Assert.Equal(2, shop.Customers.Count);
        var yamada = shop.Customers.Single(c => c.Id == PersonKey.Id(IdentifyRule.NameAddress, "山田太郎", "東京都千代田区1-1"));
        Assert.Equal((3, 6000m), (yamada.Purchases, yamada.Revenue));
        Assert.Empty(shop.Matches!.NameOnly);
        Assert.Equal(2L, shop.Matches.JoinedOrders);
    }

    /// <summary>A near miss by address: 1-1 and 1-2 are two addresses, so two customers, listed as a same-name pair.</summary>
    [Fact]
    public void NameAddress_NearMissAddress_StaysApart()
    {
        var csv = "注文ID,注文日,氏名,住所,金額(税込)\nO1,2024-01-05,山田太郎,東京都千代田区1-1,3000\nO2,2024-02-05,山田 太郎,東京都千代田区1-2,2000\n";
        var shop = Load(csv, IdentifyRule.NameAddress);
        Assert.Equal(2, shop.Customers.Count);
        Assert.Equal(["東京都千代田区1-1", "東京都千代田区1-2"], new[] { shop.Matches!.NameOnly[0].Contact, shop.Matches.NameOnly[0].OtherContact }.Order());
    }

    /// <summary>
    /// Guest checkouts: 会員ID C1 orders twice, once as a guest (会員ID empty) with the same name and phone; 名寄せ
    /// joins the guest order to the member. Without --identify the guest row has no customer id and is rejected.
    /// </summary>
    [Fact]
    public void NamePhone_GuestCheckout_JoinsTheMembersOrders()
    {
        var csv = "注文ID,会員ID,注文日,お名前(姓),お名前(名),電話番号,金額(税込)\nO1,C1,2024-01-05,鈴木,一郎,090-1234-5678,3000\nO2,,2024-02-05,鈴木,一郎,09012345678,2000\nO3,C2,2024-02-06,伊藤,愛,070-7777-8888,1000\n";
        var shop = Load(csv, IdentifyRule.NamePhone);
        Assert.Equal(2, shop.Customers.Count);
        Assert.Equal(5000m, shop.Customers.Single(c => c.Purchases == 2).Revenue);
        Assert.Equal((1L, 1L), (shop.Matches!.GuestOrders, shop.Matches.GuestOrdersJoined));
        var plain = Load(csv, null);
        Assert.Equal(1, plain.Input.RowsRejected);
        Assert.Null(plain.Matches);
    }

    [Fact]
    public void NamePhone_RowWithoutPhone_IsRejectedNamingTheColumns()
    {
        var csv = "注文ID,注文日,氏名,電話番号,金額(税込)\nO1,2024-01-05,山田太郎,03-1234-5678,3000\nO2,2024-01-06,山田太郎, - ,3000\n";
        var shop = Load(csv, IdentifyRule.NamePhone);
        var reject = Assert.Single(shop.RejectSamples);
        Assert.Equal((3L, "電話番号"), (reject.Line, reject.Column));
        Assert.Contains("the phone is empty", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_FileWithoutAPhoneColumn_FailsListingTheAcceptedNames()
    {
        var csv = "注文ID,注文日,氏名,金額(税込)\nO1,2024-01-05,山田太郎,3000\n";
        var e = Assert.Throws<InputException>(() => Load(csv, IdentifyRule.NamePhone));
        Assert.Contains("no phone column", e.Message, StringComparison.Ordinal);
        Assert.Contains("電話番号", e.Message, StringComparison.Ordinal);
    }

    /// <summary>楽天 has no customer id: its preset identifies by name + phone without being asked, and a rule given replaces it.</summary>
    [Fact]
    public void Rakuten_IdentifiesByNamePhoneByDefault_AndByAddressWhenAsked()
    {
        var path = Path.Combine(TestShop.RepoRoot(), "tests", "LtvKit.Tests", "Ingest", "Presets", "fixtures", "rakuten.csv");
        var byPhone = Shop.Load(new LoadOptions { OrderFiles = [path] });
        Assert.Equal(IdentifyRule.NamePhone, byPhone.Matches!.Rule);
        // 5 orders read (the cancelled one included); 山田(03) 2 orders, 佐藤 2 (one cancelled), 山田(090) 1.
        Assert.Equal((5L, 3, 2L, 2), (byPhone.Matches.Orders, byPhone.Matches.Customers, byPhone.Matches.JoinedOrders, byPhone.Matches.JoinedCustomers));
        Assert.Single(byPhone.Matches.NameOnly);
        var byAddress = Shop.Load(new LoadOptions { OrderFiles = [path], Identify = IdentifyRule.NameAddress });
        Assert.Equal(IdentifyRule.NameAddress, byAddress.Matches!.Rule);
        Assert.Equal(3, byAddress.Customers.Count);
    }

    [Fact]
    public void MatchReport_Write_CountsThenPairs_SafeAgainstFormulas()
    {
        var csv = "注文ID,注文日,氏名,電話番号,金額(税込)\nO1,2024-01-05,=山田,03-1234-5678,3000\nO2,2024-01-06,=山田,090-1111-2222,3000\n";
        var text = new StringWriter();
        Load(csv, IdentifyRule.NamePhone).Matches!.Write(text);
        var lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(MatchReport.Header, lines[0]);
        Assert.Equal("read,name+phone,2,2,,,,,,", lines[1]);
        Assert.Equal("joined,name+phone,0,0,,,,,,", lines[2]);
        Assert.Equal("guest_joined,name+phone,0,,,,,,,", lines[3]);
        Assert.StartsWith("name_only,name+phone,1,,'=山田,NP", lines[4], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    /// <summary>
    /// The customer master (会員CSV) under 名寄せ is keyed by the same id, made from its own name and phone columns:
    /// the member row of 鈴木一郎 meets the orders he placed as member and as guest.
    /// </summary>
    [Fact]
    public void CustomerMaster_UnderIdentify_JoinsOnTheSameId()
    {
        var orders = "注文ID,会員ID,注文日,お名前(姓),お名前(名),電話番号,金額(税込)\nO1,C1,2024-01-05,鈴木,一郎,090-1234-5678,3000\nO2,,2024-02-05,鈴木,一郎,09012345678,2000\n";
        var master = "会員ID,お名前(姓),お名前(名),電話番号,性別,メールアドレス\nC1,鈴木,一郎,０９０-１２３４-５６７８,男性,suzuki@example.jp\nC9,伊藤,愛,070-7777-8888,女性,ito@example.jp\n";
        var shop = Load(orders, IdentifyRule.NamePhone, master);
        var customer = Assert.Single(shop.Customers);
        var profile = shop.Profiles[customer.Id];
        Assert.Equal(("鈴木一郎", "男性"), (profile.Name, profile.Gender));
        Assert.Equal(2, shop.Profiles.Count);
    }

    [Fact]
    public void CustomerMaster_SamePersonTwice_FailsNamingTheLine()
    {
        var master = "氏名,電話番号\n鈴木一郎,090-1234-5678\n鈴木 一郎,09012345678\n";
        var e = Assert.Throws<InputException>(() => CustomerMasterFile.Read(TestShop.File(master), identify: IdentifyRule.NamePhone));
        Assert.Contains(":3: the same person", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerMaster_WithoutIdentify_StillJoinsOnTheCustomerId()
    {
        var profiles = CustomerMasterFile.Read(TestShop.File("会員ID,お名前(姓),お名前(名)\nC1,鈴木,一郎\n", new UTF8Encoding(true)));
        Assert.Equal("鈴木一郎", profiles["C1"].Name);
    }
}
