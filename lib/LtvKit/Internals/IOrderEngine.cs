using LtvKit.Customers;
using LtvKit.Ingest.Presets;
using LtvKit.Ingest;

namespace LtvKit.Internals;

/// <summary>Another way to read the orders files into the order history than the kit's own in-memory one (<see cref="LoadOptions.Engine"/>).</summary>
/// <remarks>
/// An engine keeps the rules of <see cref="OrderBook"/> (METRICS.md, DATA.md) and returns the same
/// <see cref="OrderHistory"/>, so that the customer table and everything after it do not know which engine read the
/// files. An input it cannot read to the in-memory engine's standard it refuses with an <see cref="InputException"/>,
/// rather than read it differently.
/// </remarks>
public interface IOrderEngine
{
    /// <summary>Reads every orders file of <paramref name="options"/>; the rows it rejects go to <paramref name="rejects"/>.</summary>
    /// <exception cref="InputException">The input cannot be read, or not by this engine.</exception>
    LoadedOrders Read(LoadOptions options, RejectLog rejects);
}

/// <summary>What an engine read: the order history and how the files were read.</summary>
/// <param name="Matches">What 名寄せ did, when the customers were made by it.</param>
public sealed record LoadedOrders(OrderHistory History, AmountBasis Basis, Preset Preset, IReadOnlyList<string> Encodings,
    IReadOnlyList<string> DuplicateSamples, MatchLog? Matches = null);
