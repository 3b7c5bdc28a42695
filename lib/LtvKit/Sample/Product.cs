namespace LtvKit.Sample;

/// <summary>An item of the sample shop's catalogue.</summary>
/// <param name="Name">商品名 as it appears in the orders file.</param>
/// <param name="Category">カテゴリ.</param>
/// <param name="PriceInclTax">Unit price, tax included (税込), in yen.</param>
/// <param name="TaxPercent">Consumption tax: 8 for foods and health foods (軽減税率), 10 for cosmetics.</param>
/// <param name="EntryWeight">Relative chance of being a new customer's first product.</param>
/// <param name="RepeatWeight">Relative chance of being picked in a later order or as an extra line.</param>
/// <param name="Retention">Factor on the chance of staying after a purchase when this is the first product.</param>
internal sealed record Product(
    string Name,
    string Category,
    int PriceInclTax,
    int TaxPercent,
    double EntryWeight,
    double RepeatWeight,
    double Retention)
{
    /// <summary>Unit price without tax (税抜), rounded half up: round(税込 ÷ 1.08) or round(税込 ÷ 1.10).</summary>
    public static long ExcludingTax(long amountInclTax, int taxPercent)
    {
        var magnitude = Math.Abs(amountInclTax);
        var excluded = (2 * magnitude * 100 + (100 + taxPercent)) / (2 * (100 + taxPercent));
        return amountInclTax < 0 ? -excluded : excluded;
    }
}
