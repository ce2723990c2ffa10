using Protokoll.Gen.Cli;

return ProtokollCli.Run(args, Console.Out, Console.Error);
