namespace LtvKit.Sample;

/// <summary>A small, fast, seeded random number generator whose every bit is defined here.</summary>
/// <remarks>
/// SplitMix64 (Steele, Lea and Flood 2014): a 64-bit counter advanced by a fixed odd constant and
/// passed through a mixing function. Its state is one <see cref="ulong"/>, so each customer can
/// carry an independent stream of its own (see <see cref="ForStream"/>) in 8 bytes — which keeps a
/// customer's history the same whatever the other customers do, and the generator's memory at
/// O(customers). Not for cryptography.
/// </remarks>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state;

    public SplitMix64(ulong state) => _state = state;

    /// <summary>The state, to park a customer's stream in an array between two of its events.</summary>
    public readonly ulong State => _state;

    /// <summary>An independent stream for (<paramref name="seed"/>, <paramref name="stream"/>, <paramref name="index"/>).</summary>
    /// <remarks>Each part goes through the non-linear <see cref="Mix"/> in turn, so neighbouring
    /// indexes start at unrelated points of the 2^64 cycle. (Starting them one step apart would make
    /// customer k's second number customer k + 1's first: streams overlapping, customers correlated.)</remarks>
    public static SplitMix64 ForStream(long seed, ulong stream, long index)
    {
        unchecked
        {
            var h = Mix((ulong)seed + Gamma);
            h = Mix(h ^ (stream * 0xD1B54A32D192ED03UL));
            h = Mix(h ^ ((ulong)index * 0xA0761D6478BD642FUL));
            return new SplitMix64(h);
        }
    }

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += Gamma;
            return Mix(_state);
        }
    }

    /// <summary>Uniform in the open interval (0, 1): never 0, so <c>Math.Log</c> of it is finite.</summary>
    public double NextDouble() => ((NextUInt64() >> 11) + 0.5) * UnitScale;

    /// <summary>Uniform integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)((NextUInt64() >> 32) * (ulong)count >> 32);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;
}
