namespace LtvKit.Notebooks.Engine;

/// <summary>How an execution ended.</summary>
public enum ExecutionStatus
{
    /// <summary>The cell ran to its end.</summary>
    Ok,

    /// <summary>A compile error, a bad directive, a failed restore or an exception: the error output says which.</summary>
    Error,

    /// <summary>The cell ran past its timeout.</summary>
    TimedOut,

    /// <summary>The caller's cancellation token fired.</summary>
    Cancelled,
}
