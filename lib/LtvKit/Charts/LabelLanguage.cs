namespace LtvKit.Charts;

/// <summary>The language of the labels of a chart or of the client report: Japanese (the default) or English.</summary>
public enum LabelLanguage
{
    /// <summary>日本語: the terms a Japanese consultant looks for (初回客, 既存顧客, F2転換率 …).</summary>
    Japanese,

    /// <summary>English: the terms of METRICS.md (first-timers, active, F2 conversion …).</summary>
    English,
}
