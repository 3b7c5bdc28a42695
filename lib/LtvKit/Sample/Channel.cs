namespace LtvKit.Sample;

/// <summary>A way customers find the shop (チャネル).</summary>
/// <param name="Name">チャネル as it appears in the orders file.</param>
/// <param name="EntryWeight">Relative share of new customers; 0 for a channel used only by repeat orders.</param>
/// <param name="Retention">Factor on the chance of staying after a purchase for customers acquired here.</param>
/// <param name="TrialFactor">Factor on the chance that the first product is a trial set.</param>
/// <param name="Marketplace">Repeat orders stay on this channel (a marketplace keeps its customers).</param>
/// <param name="CpoYen">What one new customer costs on this channel, before the month's ±15% noise; 0 for a channel with no
/// ad spend (word of mouth, the shop's own newsletter).</param>
internal sealed record Channel(string Name, double EntryWeight, double Retention, double TrialFactor, bool Marketplace, int CpoYen);
