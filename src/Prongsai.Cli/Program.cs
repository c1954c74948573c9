namespace Prongsai.Cli;

/// <summary>Entry point of the prongsai command (kept out of the global namespace, where the web app's Program lives).</summary>
public static class EntryPoint
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
