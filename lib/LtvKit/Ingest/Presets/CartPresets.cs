namespace LtvKit.Ingest.Presets;

/// <summary>The cart and marketplace exports the kit knows, one file each (<c>CartPresets.Rakuten.cs</c>, …).</summary>
public static partial class CartPresets
{
    /// <summary>Every cart preset (a property, not a field: the presets are initialised in their own files, in no set order).</summary>
    public static IReadOnlyList<CartPreset> All => [Rakuten, Amazon, EcCube, Futureshop, Makeshop, Yahoo];
}
