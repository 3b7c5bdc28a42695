namespace LtvKit.Notebooks.Kernel;

/// <summary>A Jupyter connection file the kernel cannot use; the message names the file and what is wrong.</summary>
public sealed class ConnectionFileException : Exception
{
    public ConnectionFileException()
    {
    }

    public ConnectionFileException(string message)
        : base(message)
    {
    }

    public ConnectionFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
