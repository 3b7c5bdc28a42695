namespace LtvKit.Notebooks.Ipynb;

/// <summary>A file is not a notebook this engine can read (not JSON, not nbformat 4, a cell without its type…), said in words the user can act on.</summary>
public sealed class NotebookFormatException : Exception
{
    public NotebookFormatException(string message) : base(message) { }

    public NotebookFormatException(string message, Exception inner) : base(message, inner) { }

    public NotebookFormatException() { }
}
