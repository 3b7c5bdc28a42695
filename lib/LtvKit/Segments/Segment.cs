namespace LtvKit.Segments;

/// <summary>The five customer groups of seed 000 (顧客グループ; CPM分析 in Japanese EC tools).</summary>
public enum Segment
{
    /// <summary>初回客: tenure 0 days (one purchase day).</summary>
    FirstTimer,
    /// <summary>よちよち客: 0 &lt; tenure &lt; 90 days.</summary>
    Fledgling,
    /// <summary>コツコツ客: tenure ≥ 90 days and revenue &lt; ¥70,000.</summary>
    Steady,
    /// <summary>流行客: 90 ≤ tenure &lt; 210 days and revenue ≥ ¥70,000.</summary>
    Trendy,
    /// <summary>優良顧客: tenure ≥ 210 days and revenue ≥ ¥70,000.</summary>
    Loyal,
}

/// <summary>既存顧客 (Active) or 離脱客 (Churned), by days since the last purchase.</summary>
public enum CustomerStatus
{
    /// <summary>既存顧客: recency &lt; 240 days.</summary>
    Active,
    /// <summary>離脱客: recency ≥ 240 days.</summary>
    Churned,
}

/// <summary>Japanese labels of the groups and statuses, as a Japanese consultant looks for them.</summary>
public static class SegmentLabels
{
    public static string Japanese(Segment segment) => segment switch
    {
        Segment.FirstTimer => "初回客",
        Segment.Fledgling => "よちよち客",
        Segment.Steady => "コツコツ客",
        Segment.Trendy => "流行客",
        Segment.Loyal => "優良顧客",
        _ => segment.ToString(),
    };

    /// <summary>The Japanese label of a group name: 初回客 for "FirstTimer"; a custom group's own name as it is.</summary>
    public static string Japanese(string segment) => Enum.TryParse<Segment>(segment, out var s) ? Japanese(s) : segment;

    public static string Japanese(CustomerStatus status) => status == CustomerStatus.Active ? "既存顧客" : "離脱客";
}
