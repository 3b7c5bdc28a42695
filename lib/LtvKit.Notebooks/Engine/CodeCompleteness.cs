namespace LtvKit.Notebooks.Engine;

/// <summary>Whether a cell's text is ready to run, as a console front end asks before sending it.</summary>
public enum CodeCompleteness
{
    /// <summary>Ready: running it compiles or fails on something other than unfinished syntax.</summary>
    Complete,

    /// <summary>Unfinished: an open brace, parenthesis, string or comment; the front end should wait for more lines.</summary>
    Incomplete,

    /// <summary>Finished, but with a syntax error that more lines cannot fix: running it reports the error.</summary>
    Invalid,
}
