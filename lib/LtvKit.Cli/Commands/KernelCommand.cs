using System.CommandLine;
using System.Runtime.InteropServices;
using LtvKit.Ingest;
using LtvKit.Notebooks.Engine;
using LtvKit.Notebooks.Formatting;
using LtvKit.Notebooks.Ipynb;
using LtvKit.Notebooks.Kernel;

namespace LtvKit.Cli.Commands;

/// <summary><c>ltvkit kernel</c>: the kit's Jupyter kernel, and its installation for Jupyter, VS Code and nbconvert.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>ltvkit kernel -f FILE</c> — runs the kernel on the connection file Jupyter wrote (Jupyter starts it so, from kernel.json).</item>
/// <item><c>ltvkit kernel install [--user | --prefix DIR] [--name N]</c> — writes the kernelspec: <c>kernels/N/kernel.json</c>, whose argv starts this very build of the kit.</item>
/// <item><c>ltvkit kernel uninstall [--user | --prefix DIR] [--name N]</c> — removes it.</item>
/// </list>
/// The kernel's cells see what <c>ltvkit notebook run</c> gives them (<see cref="KitEngine.Options"/>),
/// with the notebook's folder (the kernel's working directory, as Jupyter starts it) for relative paths.
/// </remarks>
internal static class KernelCommand
{
    public static Command Create()
    {
        var connectionFile = new Option<string?>("--connection-file", "-f") { Description = "The connection file Jupyter wrote ({connection_file} in kernel.json)." };
        var timeout = new Option<int?>("--timeout")
        {
            Description = "Seconds one cell may run; 0 = no limit. Default: no limit (stop a cell with the notebook's interrupt button).",
        };
        var kernel = new Command("kernel", "The kit's Jupyter kernel: C# cells on the notebook engine, for VS Code, JupyterLab and nbconvert. Install it once with 'ltvkit kernel install --user'.");
        var name = new Option<string>("--name")
        {
            Description = $"The kernelspec's name, written by 'kernel install': charts load plotly.js from its folder on the Jupyter server. Default: {KernelMetadata.Name}.",
            DefaultValueFactory = _ => KernelMetadata.Name,
        };
        kernel.Options.Add(connectionFile);
        kernel.Options.Add(timeout);
        kernel.Options.Add(name);
        // Synchronous on purpose: System.CommandLine would end the process on SIGINT, which Jupyter sends to interrupt a cell.
        kernel.SetAction(parsed => Run(parsed.GetValue(connectionFile), parsed.GetValue(timeout), parsed.GetValue(name)!));
        kernel.Subcommands.Add(InstallCommand());
        kernel.Subcommands.Add(UninstallCommand());
        return kernel;
    }

    private static Command InstallCommand()
    {
        var (user, prefix, name) = LocationOptions("Install");
        var displayName = new Option<string>("--display-name")
        {
            Description = $"What kernel pickers show. Default: {KernelMetadata.DisplayName}.",
            DefaultValueFactory = _ => KernelMetadata.DisplayName,
        };
        var install = new Command("install", "Write the kernelspec (kernel.json) so Jupyter, VS Code and nbconvert can start this build of the kit's kernel.");
        install.Options.Add(user);
        install.Options.Add(prefix);
        install.Options.Add(name);
        install.Options.Add(displayName);
        install.SetAction(parsed => Install(parsed.GetValue(user), parsed.GetValue(prefix), parsed.GetValue(name)!, parsed.GetValue(displayName)!));
        return install;
    }

    private static Command UninstallCommand()
    {
        var (user, prefix, name) = LocationOptions("Remove");
        var uninstall = new Command("uninstall", "Remove the kernelspec written by 'ltvkit kernel install'.");
        uninstall.Options.Add(user);
        uninstall.Options.Add(prefix);
        uninstall.Options.Add(name);
        uninstall.SetAction(parsed => Uninstall(parsed.GetValue(user), parsed.GetValue(prefix), parsed.GetValue(name)!));
        return uninstall;
    }

    private static (Option<bool> User, Option<string?> Prefix, Option<string> Name) LocationOptions(string verb) => (
        new Option<bool>("--user") { Description = $"{verb} for the current user, in Jupyter's data folder ('jupyter --data-dir'/kernels). The default." },
        new Option<string?>("--prefix") { Description = $"{verb} under PREFIX/share/jupyter/kernels (a virtual environment, or a test's folder)." },
        new Option<string>("--name")
        {
            Description = $"The kernel's name: its folder, and the kernelspec name notebooks ask for. Default: {KernelMetadata.Name}.",
            DefaultValueFactory = _ => KernelMetadata.Name,
        });

    private static int Run(string? connectionFile, int? timeoutSeconds, string name)
    {
        if (connectionFile is null)
            throw new InputException("'ltvkit kernel' is started by Jupyter with the connection file it wrote: ltvkit kernel -f FILE. "
                + "To let Jupyter and VS Code start it, install it once: ltvkit kernel install --user.");
        if (timeoutSeconds < 0)
            throw new InputException($"--timeout {timeoutSeconds}: give the seconds one cell may run (0 = no limit).");
        ConnectionInfo connection;
        try
        {
            connection = ConnectionInfo.Load(connectionFile);
        }
        catch (ConnectionFileException e)
        {
            throw new InputException(e.Message, e);
        }

        // Taken now: while a cell runs, the engine sends Console.Error to the cell's output.
        var log = Console.Error;
        var cellTimeout = timeoutSeconds is null or 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(timeoutSeconds.Value);
        if (!KernelSpec.IsValidName(name))
            throw new InputException($"--name {KernelSpec.NameRule(name)}");
        using var engine = new NotebookEngine(KitEngine.Options(Environment.CurrentDirectory, cellTimeout) with { PlotlyJsPath = PlotlyJs.ServedPath(name) });
        var kernel = new JupyterKernel(connection, engine, log);
        using var stop = new CancellationTokenSource();
        // interrupt_mode "signal" (or a Ctrl+C in a terminal) interrupts the cell, not the kernel; SIGTERM ends it cleanly.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            kernel.Interrupt();
        });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            kernel.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (ConnectionFileException e)
        {
            throw new InputException(e.Message, e);
        }
        // Lets what the sockets still hold (the shutdown reply) leave before the process ends.
        NetMQ.NetMQConfig.Cleanup(block: true);
        return CommandLine.Ok;
    }

    private static int Install(bool user, string? prefix, string name, string displayName)
    {
        var installer = Installer(user, prefix, name);
        var spec = KernelSpecInstaller.SpecFor(typeof(KernelCommand).Assembly.Location, name, displayName);
        string folder;
        try
        {
            folder = installer.Install(spec, name);
        }
        catch (KernelSpecException e)
        {
            throw new InputException(e.Message, e);
        }
        Console.WriteLine($"Installed the Jupyter kernel '{name}' ({displayName}) in {folder}");
        Console.WriteLine($"  it starts: {string.Join(' ', spec.Argv)}");
        Console.WriteLine($"  VS Code: open a notebook, 'Select Kernel' → 'Jupyter Kernel…' → '{displayName}'.");
        Console.WriteLine($"  Jupyter: jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name={name} NOTEBOOK.ipynb");
        return CommandLine.Ok;
    }

    private static int Uninstall(bool user, string? prefix, string name)
    {
        var installer = Installer(user, prefix, name);
        string folder;
        try
        {
            folder = installer.Uninstall(name);
        }
        catch (KernelSpecException e)
        {
            throw new InputException(e.Message, e);
        }
        Console.WriteLine($"Removed the Jupyter kernel '{name}' from {folder}");
        return CommandLine.Ok;
    }

    /// <summary>The installer for PREFIX/share/jupyter/kernels, or for the user's Jupyter data folder's kernels; checks the options first.</summary>
    private static KernelSpecInstaller Installer(bool user, string? prefix, string name)
    {
        if (!KernelSpec.IsValidName(name))
            throw new InputException($"--name {KernelSpec.NameRule(name)}");
        if (user && prefix is not null)
            throw new InputException("give --user or --prefix DIR, not both.");
        return prefix is not null ? KernelSpecInstaller.ForPrefix(prefix) : KernelSpecInstaller.ForUser();
    }
}
