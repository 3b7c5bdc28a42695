using LtvKit.Cli;

return CommandLine.Run(KitCommands.Root(), args);
