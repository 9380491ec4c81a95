using Goals.Server.Schema;

namespace Goals.Api.Commands;

/// <summary><c>schema export [--output schema/schema.graphql]</c>: writes the served schema's SDL (stdout without --output).</summary>
public static class SchemaCommand
{
    public static async Task<int> RunAsync(WebApplication app, CommandArguments args)
    {
        if (args.Words is not ["export"])
        {
            throw new CommandException("usage: schema export [--output path]");
        }

        var exporter = app.Services.GetRequiredService<ISchemaExporter>();
        if (args.Option("output") is { } output)
        {
            var path = FromInvocationDirectory(output);
            await exporter.ExportAsync(path, CancellationToken.None);
            await Console.Out.WriteLineAsync($"wrote {path}");
        }
        else
        {
            await Console.Out.WriteAsync(exporter.Print());
        }

        return 0;
    }

    // `dotnet run --project` starts the app in the project's folder; a relative path means the caller's folder,
    // which the shell still names in PWD.
    private static string FromInvocationDirectory(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } caller
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(caller, path));
}
