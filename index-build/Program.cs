using GoodPractices.IndexBuild.Commands;

return CommandLine.Run(args, Console.Out, Console.Error);
