namespace LtvKit.Notebooks.Running;

/// <summary>A parameter given to a notebook run that the notebook cannot take: unknown, of the wrong type, given twice.</summary>
public sealed class ParameterException : Exception
{
    public ParameterException(string message) : base(message) { }

    public ParameterException(string message, Exception inner) : base(message, inner) { }

    public ParameterException() { }
}
