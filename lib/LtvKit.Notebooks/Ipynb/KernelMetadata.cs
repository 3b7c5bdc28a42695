namespace LtvKit.Notebooks.Ipynb;

/// <summary>The kit's kernel as a notebook's metadata names it: <c>metadata.kernelspec</c> and <c>metadata.language_info</c>.</summary>
/// <remarks>
/// Notebooks made by the kit (<see cref="NotebookDocument.Create"/>) ask for the kernel
/// <see cref="Name"/>, so Jupyter and VS Code open them with it. The kernel itself installs under
/// this name by default and reports the same language in <c>kernel_info_reply</c>: the file format
/// owns these names, the kernel reads them from here.
/// </remarks>
public static class KernelMetadata
{
    /// <summary>The kernel's name: its kernelspec folder, and the <c>kernelspec.name</c> the kit's notebooks ask for.</summary>
    public const string Name = "ltvkit-csharp";

    /// <summary>What VS Code's and JupyterLab's kernel pickers show.</summary>
    public const string DisplayName = "C# (LtvKit)";

    /// <summary>The language name Jupyter front ends map to C# highlighting.</summary>
    public const string Language = "csharp";

    public const string LanguageMimeType = "text/x-csharp";

    public const string LanguageFileExtension = ".cs";
}
