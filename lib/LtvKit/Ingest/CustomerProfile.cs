namespace LtvKit.Ingest;

/// <summary>A row of the customer master (seed 001: 顧客ID; 名前・性別・年代; 住所・メール・電話番号).</summary>
/// <remarks>Name, address, e-mail and phone are personal data: reports mask them unless asked not to.</remarks>
public sealed record CustomerProfile(string Id, string Name, string Gender, string AgeBand, string Address, string Email, string Phone);
