namespace Goals.Api.Commands;

/// <summary>A command's words after its name: positional words and <c>--name value</c> options.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public IReadOnlyList<string> Words => _words;

    public static CommandArguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                parsed._words.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandException($"option {args[i]} needs a value");
            }

            parsed._options[args[i][2..]] = args[++i];
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        Option(name) ?? throw new CommandException($"option --{name} is required");
}

public sealed class CommandException(string message) : Exception(message);
