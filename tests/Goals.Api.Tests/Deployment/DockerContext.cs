using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

/// <summary>
/// The build context as the builder sends it: the repository less what <c>.dockerignore</c> excludes. Supports the
/// pattern forms the file uses — <c>**/glob</c> (a name at any depth) and <c>path/glob</c> (from the root).
/// </summary>
public sealed class DockerContext
{
    private readonly List<string[]> _patterns;

    public DockerContext(string root)
    {
        Root = root;
        var lines = File.ReadAllLines(Path.Combine(root, ".dockerignore"))
            .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        Assert.DoesNotContain(lines, line => line.StartsWith('!'));
        _patterns = [.. lines.Select(line => line.Split('/'))];
    }

    public string Root { get; }

    public bool IsExcluded(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _patterns.Any(pattern => pattern[0] == "**"
            ? segments.Any(segment => Glob(pattern[1], segment))
            : pattern.Length <= segments.Length && pattern.Select((part, i) => Glob(part, segments[i])).All(match => match));
    }

    /// <summary>Copies a context path (file or directory) to <paramref name="target"/>, skipping excluded entries.</summary>
    public void CopyTo(string source, string target, bool intoDirectory)
    {
        var from = Path.Combine(Root, source.TrimEnd('/'));
        Assert.False(IsExcluded(source), $"COPY {source}: .dockerignore excludes it");
        if (File.Exists(from))
        {
            var to = intoDirectory ? Path.Combine(target, Path.GetFileName(from)) : target;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
            return;
        }

        Assert.True(Directory.Exists(from), $"COPY {source}: not in the context");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, file);
            if (!IsExcluded(relative))
            {
                var to = Path.Combine(target, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to, overwrite: true);
            }
        }
    }

    public static DockerContext OfRepository() => new(RepositoryRoot.Path);

    private static bool Glob(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "$");
}
