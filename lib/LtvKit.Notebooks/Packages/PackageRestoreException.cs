namespace LtvKit.Notebooks.Packages;

/// <summary>A <c>dotnet restore</c> of the notebook's packages failed; <see cref="Lines"/> are NuGet's error lines.</summary>
public sealed class PackageRestoreException : Exception
{
    public PackageRestoreException(IReadOnlyList<string> lines) : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public PackageRestoreException() : this([]) { }

    public PackageRestoreException(string message) : this([message]) { }

    public PackageRestoreException(string message, Exception inner) : base(message, inner) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }
}
