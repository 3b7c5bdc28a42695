using System.Globalization;
using System.Runtime.InteropServices;
using LtvKit.Internals;

namespace LtvKit.Clv;

/// <summary>The per-customer x, t_x, T, z̄ table the CLV models are fitted on, with each customer's holdout purchase days.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="Build"/> from purchase days and a calibration end date. The calibration window of a
/// customer runs from their first purchase day to the calibration end, <b>both inclusive</b>; the holdout
/// window runs from the day after the calibration end to <see cref="HoldoutEnd"/>, inclusive.
/// </para>
/// <para>Row shape, before and after (CDNOW customer 1, calibration end 1997-09-30, weeks):</para>
/// <code>
/// before: (0001, 1997-01-01, 29.33) (0001, 1997-01-18, 29.73) (0001, 1997-08-02, 14.96) (0001, 1997-12-12, 26.48)
/// after:  0001: x = 2, t_x = 30.43, T = 38.86, z̄ = 22.35, holdout 1
/// </code>
/// <para>
/// Customers whose first purchase is after the calibration end are not in the table (they did not exist
/// yet when the model looks); <see cref="CustomersAfterCalibrationEnd"/> counts them.
/// </para>
/// </remarks>
public sealed record ModelSummary
{
    /// <summary>Wraps rows computed elsewhere (for example a published summary), after checking they are consistent.</summary>
    /// <exception cref="ClvException">A row is impossible (t_x &gt; T, negative counts or spend); the message names the customer.</exception>
    public ModelSummary(
        IEnumerable<ModelSummaryRow> customers,
        TimeUnit unit,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd,
        int customersAfterCalibrationEnd = 0)
    {
        ArgumentNullException.ThrowIfNull(customers);
        if (holdoutEnd < calibrationEnd)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"The holdout end {holdoutEnd:yyyy-MM-dd} is before the calibration end {calibrationEnd:yyyy-MM-dd}; the holdout window follows the calibration window."));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(customersAfterCalibrationEnd);
        var rows = customers.ToArray();
        foreach (var row in rows)
        {
            Check(row);
        }

        Customers = rows;
        Unit = unit;
        CalibrationEnd = calibrationEnd;
        HoldoutEnd = holdoutEnd;
        CustomersAfterCalibrationEnd = customersAfterCalibrationEnd;
        RepeatCustomers = rows.Count(r => r.IsRepeatCustomer);
    }

    /// <summary>One row per customer whose first purchase is on or before the calibration end, ordered by customer id (ordinal).</summary>
    public IReadOnlyList<ModelSummaryRow> Customers { get; }

    /// <summary>The unit of t_x, T and <see cref="HoldoutLength"/>.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Last day of the calibration window, inclusive.</summary>
    public DateOnly CalibrationEnd { get; }

    /// <summary>Last day of the holdout window, inclusive. Equal to <see cref="CalibrationEnd"/> when there is no holdout.</summary>
    public DateOnly HoldoutEnd { get; }

    /// <summary>Length of the holdout window (calibration end, holdout end] in <see cref="Unit"/>.</summary>
    public double HoldoutLength => ToUnit(HoldoutEnd.DayNumber - CalibrationEnd.DayNumber, Unit);

    /// <summary>Customers with x &gt; 0.</summary>
    public int RepeatCustomers { get; }

    /// <summary>Customers left out because their first purchase is after the calibration end.</summary>
    public int CustomersAfterCalibrationEnd { get; }

    /// <summary>Builds the summary from purchase days.</summary>
    /// <param name="purchaseDays">One row per customer per purchase day; repeated (customer, day) rows are added together.</param>
    /// <param name="calibrationEnd">Last day of the calibration window, inclusive (the as-of date of the forecast).</param>
    /// <param name="unit">Unit of t_x and T; weeks by default, as in the papers.</param>
    /// <param name="holdoutEnd">
    /// Last day of the holdout window, inclusive; purchase days after it are ignored. Default: the latest
    /// purchase day given, or the calibration end when no purchase day is later.
    /// </param>
    /// <exception cref="ClvException">No purchase days, a negative amount, a missing customer id, or no customer before the calibration end.</exception>
    public static ModelSummary Build(
        IEnumerable<CustomerPurchaseDay> purchaseDays,
        DateOnly calibrationEnd,
        TimeUnit unit = TimeUnit.Weeks,
        DateOnly? holdoutEnd = null)
    {
        ArgumentNullException.ThrowIfNull(purchaseDays);
        var byCustomer = new Dictionary<string, Dictionary<DateOnly, decimal>>(StringComparer.Ordinal);
        var latest = DateOnly.MinValue;
        foreach (var day in purchaseDays)
        {
            if (string.IsNullOrWhiteSpace(day.CustomerId))
            {
                throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                    $"A purchase day on {day.Day:yyyy-MM-dd} has no customer id; every purchase day must name its customer."));
            }

            if (day.Amount < 0)
            {
                throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                    $"Customer {day.CustomerId} has a purchase day {day.Day:yyyy-MM-dd} with a negative amount ({day.Amount}); returns are not purchases."));
            }

            if (!byCustomer.TryGetValue(day.CustomerId, out var days))
            {
                days = [];
                byCustomer.Add(day.CustomerId, days);
            }

            days[day.Day] = days.GetValueOrDefault(day.Day) + day.Amount;
            if (day.Day > latest)
            {
                latest = day.Day;
            }
        }

        if (byCustomer.Count == 0)
        {
            throw NoPurchaseDays();
        }

        var end = holdoutEnd ?? (latest > calibrationEnd ? latest : calibrationEnd);
        var customers = byCustomer.OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        return FromSortedDays(customers.Length, (i, days) =>
        {
            days.AddRange(customers[i].Value.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)));
            return customers[i].Key;
        }, calibrationEnd, end, unit);
    }

    /// <summary>
    /// The summary of <paramref name="count"/> customers given in customer-id order, each with their purchase days in
    /// date order, one entry a day: the one place that turns purchase days into x, t_x, T and z̄.
    /// </summary>
    /// <remarks>The customers are summarised on two cores; each row depends on its own customer only.</remarks>
    /// <param name="count">Number of customers.</param>
    /// <param name="customer">Adds customer i's purchase days to the (empty) list and returns the customer's id.</param>
    /// <param name="calibrationEnd">Last day of the calibration window, inclusive.</param>
    /// <param name="holdoutEnd">Last day of the holdout window, inclusive.</param>
    /// <param name="unit">Unit of t_x and T.</param>
    internal static ModelSummary FromSortedDays(int count, CustomerDays customer, DateOnly calibrationEnd, DateOnly holdoutEnd, TimeUnit unit)
    {
        var rows = new ModelSummaryRow?[count];
        TwoCores.ForEach(count, local: () => new List<(DateOnly Day, decimal Amount)>(), body: (i, days) =>
        {
            days.Clear();
            var customerId = customer(i, days);
            rows[i] = Summarise(customerId, CollectionsMarshal.AsSpan(days), calibrationEnd, holdoutEnd, unit);
        });
        var summarised = rows.OfType<ModelSummaryRow>().ToArray();
        if (summarised.Length == 0)
        {
            throw new ClvException(string.Create(CultureInfo.InvariantCulture,
                $"No customer made a first purchase on or before the calibration end {calibrationEnd:yyyy-MM-dd}; choose a later calibration end."));
        }

        return new ModelSummary(summarised, unit, calibrationEnd, holdoutEnd, count - summarised.Length);
    }

    /// <summary>The error for an input without a single purchase day.</summary>
    internal static ClvException NoPurchaseDays() => new("No purchase days were given: the CLV models need each customer's purchase days.");

    /// <summary>Converts a whole number of days to <paramref name="unit"/>.</summary>
    internal static double ToUnit(int days, TimeUnit unit) => unit switch
    {
        TimeUnit.Days => days,
        TimeUnit.Weeks => days / (double)Periods.DaysPerWeek,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>Length of one <paramref name="unit"/> in days.</summary>
    internal static double DaysIn(TimeUnit unit) => ToUnit(1, TimeUnit.Days) / ToUnit(1, unit);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Customers.Count:N0} customers ({RepeatCustomers:N0} repeat), calibration to {CalibrationEnd:yyyy-MM-dd}, holdout {HoldoutLength:0.##} {UnitName(Unit)} to {HoldoutEnd:yyyy-MM-dd}");

    internal static string UnitName(TimeUnit unit) => unit == TimeUnit.Days ? "days" : "weeks";

    /// <summary>One customer's row, or null when their first purchase day is after the calibration end.</summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="days">The customer's purchase days in date order, one entry a day.</param>
    /// <param name="calibrationEnd">Last day of the calibration window, inclusive.</param>
    /// <param name="holdoutEnd">Last day of the holdout window, inclusive.</param>
    /// <param name="unit">Unit of t_x and T.</param>
    private static ModelSummaryRow? Summarise(
        string customerId, ReadOnlySpan<(DateOnly Day, decimal Amount)> days, DateOnly calibrationEnd, DateOnly holdoutEnd, TimeUnit unit)
    {
        if (days.IsEmpty || days[0].Day > calibrationEnd)
        {
            return null;
        }

        var first = days[0].Day;
        var last = first;
        var x = 0;
        var repeatSpend = 0m;
        var holdout = 0;
        for (var i = 1; i < days.Length; i++)
        {
            var (day, amount) = days[i];
            if (day <= calibrationEnd)
            {
                x++;
                last = day;
                repeatSpend += amount;
            }
            else if (day <= holdoutEnd)
            {
                holdout++;
            }
        }

        return new ModelSummaryRow(
            customerId,
            x,
            ToUnit(last.DayNumber - first.DayNumber, unit),
            ToUnit(calibrationEnd.DayNumber - first.DayNumber, unit),
            x == 0 ? 0m : repeatSpend / x,
            holdout);
    }

    private static void Check(ModelSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string? problem = null;
        if (string.IsNullOrWhiteSpace(row.CustomerId))
        {
            problem = "has no customer id";
        }
        else if (row.Frequency < 0 || row.HoldoutPurchaseDays < 0)
        {
            problem = "has a negative number of purchase days";
        }
        else if (!double.IsFinite(row.Age) || row.Age < 0)
        {
            problem = "has a negative or missing time since the first purchase (T)";
        }
        else if (!double.IsFinite(row.TimeOfLastPurchase) || row.TimeOfLastPurchase < 0 || row.TimeOfLastPurchase > row.Age)
        {
            problem = "has a last purchase outside the calibration window (t_x must be between 0 and T)";
        }
        else if (row.Frequency == 0 && row.TimeOfLastPurchase != 0)
        {
            problem = "has no repeat purchase but a last purchase after the first (x = 0 needs t_x = 0)";
        }
        else if (row.MonetaryValue < 0)
        {
            problem = "has a negative average spend";
        }

        if (problem is not null)
        {
            throw new ClvException($"Customer {row.CustomerId} {problem}: {row}.");
        }
    }
}

/// <summary>Adds customer <paramref name="index"/>'s purchase days, in date order and one a day, to <paramref name="days"/>; returns the customer's id.</summary>
internal delegate string CustomerDays(int index, List<(DateOnly Day, decimal Amount)> days);
