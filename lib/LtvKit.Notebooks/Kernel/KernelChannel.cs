namespace LtvKit.Notebooks.Kernel;

/// <summary>The kernel's sockets that carry messages (the heartbeat only echoes bytes).</summary>
internal enum KernelChannel
{
    /// <summary>Requests from the client, answered one at a time in order: execute, complete, inspect, kernel_info …</summary>
    Shell,

    /// <summary>Requests that must get through while a cell runs: interrupt, shutdown.</summary>
    Control,

    /// <summary>What the kernel publishes to every client: status, the cell's input and outputs.</summary>
    IOPub,

    /// <summary>Input the kernel asks the client for; this kernel never asks (a cell's Console.In is empty).</summary>
    Stdin,
}
