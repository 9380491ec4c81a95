namespace Goals.Api.Commands;

/// <summary>
/// Operator commands run by the same host as the server (same configuration, same services):
/// <c>dotnet run --project src/Goals.Api -- &lt;command&gt; [options]</c>.
/// </summary>
public static class HostCommands
{
    private static readonly Dictionary<string, Func<WebApplication, CommandArguments, Task<int>>> Commands =
        new(StringComparer.Ordinal)
        {
            ["token"] = TokenCommand.RunAsync,
            ["schema"] = SchemaCommand.RunAsync,
            ["jobs"] = JobsCommand.RunAsync,
        };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return await Commands[args[0]](app, CommandArguments.Parse(args.AsSpan(1)));
        }
        catch (CommandException error)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {error.Message}");
            return 2;
        }
    }
}
