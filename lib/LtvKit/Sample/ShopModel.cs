namespace LtvKit.Sample;

/// <summary>Every number of the sample shop's behaviour, in one place, each with its reason.</summary>
/// <remarks>
/// <para>The story is the BG/NBD one (Fader, Hardie and Lee 2005): while "alive", a customer buys at a
/// personal rate λ (Gamma across customers); after each purchase they drop out for good with a
/// personal probability p (Beta across customers); each customer has a personal mean spend
/// (Gamma across customers, Gamma-Gamma style) around which their orders vary. Two departures make
/// the data look like Japanese health-food and cosmetics mail order rather than the textbook:
/// the gap between purchases is Erlang-2 (a product runs out after a while, so a repeat the next
/// day is rarer than a pure Poisson process would make it), and a share of customers are on a
/// 定期便 (subscription) with a regular 30-day cycle and a small dropout.</para>
/// <para>Calibrated on the bundled sample (3,000 customers, 2024–2025, seed 42) to the KPIs a
/// consultant expects from such a shop: repeat rate 30–40 %, 30-day F2 15–20 %, typical order
/// ¥3,000–¥15,000, all five customer groups of METRICS.md §3 populated, most one-time buyers
/// churned (no purchase for 240 days or more). Changing a number here changes the bundled
/// files: regenerate them (see data-samples/README.md) in the same commit.</para>
/// </remarks>
internal static class ShopModel
{
    // --- Acquisition: when customers arrive ----------------------------------------------------

    /// <summary>New customers per day grow by 60 % from the first to the last day: a growing D2C shop.</summary>
    public const double AcquisitionGrowth = 0.6;

    /// <summary>New customers by calendar month, January first: gift seasons (お中元 July, お歳暮 and
    /// year-end sales November–December) bring more, February and August fewer.</summary>
    public static readonly double[] MonthSeasonality = [0.90, 0.80, 1.00, 1.00, 1.00, 1.00, 1.10, 0.85, 0.95, 1.00, 1.20, 1.35];

    /// <summary>Orders by hour of the day, midnight first: lunch break and the evening after work.</summary>
    public static readonly double[] HourWeights =
        [2.0, 1.2, 0.6, 0.3, 0.2, 0.3, 0.8, 1.8, 2.8, 3.5, 4.0, 4.5, 5.5, 5.0, 4.2, 4.0, 4.0, 4.3, 4.8, 5.5, 6.5, 7.0, 6.0, 3.8];

    /// <summary>Gift products are first products four times as often in July and December.</summary>
    public const double GiftSeasonFactor = 4.0;

    // --- Repeat behaviour: rate, gap, dropout --------------------------------------------------

    /// <summary>Shape of the Gamma spread of purchase rates: about 1.5 makes a few heavy buyers and many slow ones.</summary>
    public const double PurchaseRateShape = 1.0;

    /// <summary>Mean purchase rate while alive, per day: one purchase every 40 days, the pace of a 30-day consumable bought with some slack.</summary>
    public const double MeanPurchasesPerDay = 1.0 / 40.0;

    /// <summary>Shape of the gap between two purchases (Erlang-2): a product runs out before it is bought again.</summary>
    public const double GapShape = 2.0;

    /// <summary>Beta(a, b) of the dropout probability after a purchase: mean a ÷ (a + b) = 0.57, so
    /// before the channel and product factors about 43 % of customers are still there after
    /// their first purchase, and the survivors drop out less and less (the F2 → F3 → F4 funnel widens).</summary>
    public const double DropoutA = 1.2;

    /// <inheritdoc cref="DropoutA"/>
    public const double DropoutB = 1.0;

    /// <summary>Highest chance of staying after a purchase, whatever the factors: nobody stays for ever.</summary>
    public const double MaxStayChance = 0.97;

    // --- 定期便 (subscription) ------------------------------------------------------------------

    /// <summary>Share of new customers (outside marketplaces and gifts) who subscribe: Japanese D2C lives on 定期便.</summary>
    public const double SubscriberShare = 0.07;

    /// <summary>Delivery cycle of a subscription, in days, and its spread (a delivery moved by a few days).</summary>
    public const double SubscriptionCycleDays = 30.0;

    /// <inheritdoc cref="SubscriptionCycleDays"/>
    public const double SubscriptionCycleSpreadDays = 3.0;

    /// <summary>Beta(a, b) of a subscriber's dropout after a delivery: mean 1 ÷ 12, so a subscription lasts about a year.</summary>
    public const double SubscriberDropoutA = 1.0;

    /// <inheritdoc cref="SubscriberDropoutA"/>
    public const double SubscriberDropoutB = 11.0;

    // --- 流行客 in the making: enthusiasts ------------------------------------------------------

    /// <summary>Share of new customers who buy a lot for a few months (まとめ買い, a product in fashion), then
    /// mostly stop: the customers that become 流行客 (Trendy, METRICS.md §3) — rare in any shop.</summary>
    public const double EnthusiastShare = 0.015;

    /// <summary>An enthusiast buys about every 20 days while the enthusiasm lasts.</summary>
    public const double EnthusiastPurchasesPerDay = 1.0 / 20.0;

    /// <summary>Beta(a, b) of an enthusiast's dropout after a purchase: mean 0.15, about seven purchases.</summary>
    public const double EnthusiastDropoutA = 1.5;

    /// <inheritdoc cref="EnthusiastDropoutA"/>
    public const double EnthusiastDropoutB = 8.5;

    /// <summary>An enthusiast's mean order, tax included, in yen: several units at a time.</summary>
    public const double EnthusiastMeanSpendYen = 15_000;

    // --- Spend ---------------------------------------------------------------------------------

    /// <summary>Shape of the Gamma spread of customers' mean spend: 2.5 gives a long tail of big spenders.</summary>
    public const double SpendShape = 2.0;

    /// <summary>Mean of the customers' mean spend per order, tax included, in yen.</summary>
    public const double MeanSpendYen = 6_500;

    /// <summary>Shape of one customer's order amounts around their mean: orders vary, but less than customers do.</summary>
    public const double OrderSpendShape = 5.0;

    /// <summary>Share of a repeat order's main line that is the customer's usual product.</summary>
    public const double FavouriteShare = 0.65;

    /// <summary>Most units of one product on one line.</summary>
    public const int MaxQuantity = 10;

    // --- Edge cases (small rates, each one exercises an ingest rule) ---------------------------

    /// <summary>Orders with two lines, and with three: a second and third product in the same basket.</summary>
    public const double TwoLineOrderRate = 0.09;

    /// <inheritdoc cref="TwoLineOrderRate"/>
    public const double ThreeLineOrderRate = 0.03;

    /// <summary>Purchases followed, the same day, by a second order of the same customer (a forgotten item).</summary>
    public const double SameDayOrderRate = 0.015;

    /// <summary>Orders cancelled (every line キャンセル).</summary>
    public const double CancelRate = 0.02;

    /// <summary>Shipped orders of which one line is returned later (a 返品 order with a negative amount).</summary>
    public const double ReturnRate = 0.012;

    /// <summary>A return is booked this many days after the order, or up to <see cref="ReturnMaxDays"/>.</summary>
    public const int ReturnMinDays = 3;

    /// <inheritdoc cref="ReturnMinDays"/>
    public const int ReturnMaxDays = 21;

    /// <summary>New customers whose first contact is a free sample (a ¥0 order, 発送済).</summary>
    public const double SampleRequestRate = 0.015;

    /// <summary>Share of sample requesters who buy afterwards, 3 to 20 days later.</summary>
    public const double SampleThenBuyRate = 0.6;

    /// <summary>Orders of the period's last 3 days are still 発送準備中 (not shipped yet) in the export.</summary>
    public const int PreparingDays = 3;

    // --- Statuses as a Japanese cart system writes them ----------------------------------------

    public const string Shipped = "発送済";
    public const string Preparing = "発送準備中";
    public const string Cancelled = "キャンセル";
    public const string Returned = "返品";

    /// <summary>受注種別 of a subscriber's orders (the 定期 plan's deliveries), and of everyone else's.</summary>
    public const string SubscriptionOrder = "定期";

    public const string RegularOrder = "通常";
}
