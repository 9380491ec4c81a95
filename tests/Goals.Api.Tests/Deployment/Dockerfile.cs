namespace Goals.Api.Tests.Deployment;

/// <summary>One instruction of a Dockerfile, continuation lines joined.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments split on white space, flags (<c>--from=…</c>) apart.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string? Flag(string name) => Words.FirstOrDefault(word => word.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];

    public IReadOnlyList<string> Operands => [.. Words.Where(word => !word.StartsWith("--", StringComparison.Ordinal))];
}

/// <summary>A build stage: <c>FROM image AS name</c> and what follows it.</summary>
public sealed record DockerStage(string Name, string BaseImage, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(instruction => instruction.Keyword == keyword);

    /// <summary>The stage's ENV, as its instructions set it.</summary>
    public IReadOnlyDictionary<string, string> Environment => All("ENV")
        .SelectMany(instruction => instruction.Words)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(pair => pair[0], pair => pair[1].Trim('"'), StringComparer.Ordinal);
}

/// <summary>The repository's Dockerfile, read the way the builder reads it (comments out, <c>\</c> continues a line).</summary>
public static class Dockerfile
{
    public static IReadOnlyList<DockerStage> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (pending.Length == 0 && (line.TrimStart().StartsWith('#') || line.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1].Trim() + " ";
                continue;
            }

            var full = (pending + line.Trim()).Trim();
            pending = "";
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            var instruction = new DockerInstruction(full[..space].ToUpperInvariant(), full[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Words;
                Assert.True(words.Count == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase), $"unnamed stage: {full}");
                current = [];
                stages.Add(new DockerStage(words[2], words[0], current));
            }
            else
            {
                Assert.True(current is not null, $"{full} before the first FROM");
                current.Add(instruction);
            }
        }

        return stages;
    }
}
