namespace LtvKit.Metrics;

/// <summary>The rule that names a shop's trial products (お試し・サンプル): a product whose name contains one of <see cref="Words"/>.</summary>
/// <remarks>
/// Names and words are compared after NFKC and without case: "お試しセット", "スキンケア トライアルキット" and
/// "Trial size" are trials with the <see cref="Default"/> words. A shop whose trial is called otherwise (ミニボトル)
/// gives its own words in the config (<c>"trialProducts": ["ミニボトル"]</c>).
/// </remarks>
public sealed record TrialProducts(IReadOnlyList<string> Words)
{
    /// <summary>お試し, トライアル, サンプル, trial, sample: the names mail-order shops give their entry products.</summary>
    public static readonly TrialProducts Default = new(["お試し", "トライアル", "サンプル", "trial", "sample"]);

    public bool IsTrial(string product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var name = product.Normalize(System.Text.NormalizationForm.FormKC);
        return Words.Any(word => name.Contains(word.Normalize(System.Text.NormalizationForm.FormKC), StringComparison.OrdinalIgnoreCase));
    }
}
