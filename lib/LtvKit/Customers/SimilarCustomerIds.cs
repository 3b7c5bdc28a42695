using System.Globalization;
using LtvKit.Ingest;
using LtvKit.Internals;

namespace LtvKit.Customers;

/// <summary>Customer ids that are probably one customer written differently: they differ only by width or case.</summary>
/// <remarks>
/// <c>C0001</c>, <c>Ｃ０００１</c> and <c>c0001</c> are three customers to the kit unless <c>--fold-ids</c> is given, which
/// merges every group into its folded id (<see cref="CustomerIdFold"/>). Surrounding white space is trimmed from every
/// field anyway (<c> C0001</c> is <c>C0001</c>), so it never makes two ids. The kit does not merge them on its own: in some
/// shops case matters. A group is two or more distinct ids with the same folded form; counted over the distinct ids
/// of the used rows after the load (the ingest itself does no extra work per line).
/// </remarks>
/// <param name="Groups">How many groups of two or more ids fold to one id.</param>
/// <param name="Examples">The first few groups, each its ids in the order they were first seen.</param>
public sealed record SimilarCustomerIds(long Groups, IReadOnlyList<IReadOnlyList<string>> Examples)
{
    /// <summary>Groups shown as examples.</summary>
    public const int ShownGroups = 3;

    public static readonly SimilarCustomerIds None = new(0, []);

    /// <summary>The groups among <paramref name="ids"/> (distinct ids, in the order first seen).</summary>
    /// <remarks>
    /// When every id is visible ASCII without lower case (its own folded form) there is no group, found in one scan.
    /// Otherwise each id's folded form is hashed, the hashes sorted, and only ids of equal hashes compared by their
    /// folded text: no string per id, no table of every id.
    /// </remarks>
    internal static SimilarCustomerIds Find(Utf8List ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var plain = true;
        for (var i = 0; i < ids.Count && plain; i++)
            plain = CustomerIdFold.IsPlain(ids.Bytes(i));
        if (plain)
            return None;
        var buffer = new byte[64];
        var hashes = new ulong[ids.Count];
        var order = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            hashes[i] = ByteHash.Of(CustomerIdFold.Fold(ids.Bytes(i), ref buffer));
            order[i] = i;
        }
        Array.Sort(hashes, order);
        var groups = new List<List<int>>();
        for (var run = 0; run < hashes.Length;)
        {
            var end = run + 1;
            while (end < hashes.Length && hashes[end] == hashes[run])
                end++;
            if (end - run > 1)
            {
                // Equal hashes are almost always one folded form; compare the text to be sure.
                groups.AddRange(order[run..end].GroupBy(i => CustomerIdFold.Fold(ids[i]), StringComparer.Ordinal)
                    .Where(g => g.Count() > 1).Select(g => g.Order().ToList()));
            }
            run = end;
        }
        if (groups.Count == 0)
            return None;
        var examples = groups.OrderBy(m => m[0]).Take(ShownGroups).Select(m => (IReadOnlyList<string>)m.Select(i => ids[i]).ToList()).ToList();
        return new SimilarCustomerIds(groups.Count, examples);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Groups:N0} group{(Groups == 1 ? "" : "s")} of customer ids differ only by width or case (counted as different customers), e.g. {string.Join("; ", Examples.Select(g => string.Join(" / ", g.Select(id => $"'{id}'"))))}");
}
