namespace LtvKit.Notebooks.Kernel;

/// <summary>A kernelspec that cannot be installed or removed; the message names the folder and what is wrong.</summary>
public sealed class KernelSpecException : Exception
{
    public KernelSpecException()
    {
    }

    public KernelSpecException(string message)
        : base(message)
    {
    }

    public KernelSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
