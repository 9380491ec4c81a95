using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

/// <summary>
/// Replays a Dockerfile's stages without a container engine: each stage gets a folder standing for its filesystem,
/// WORKDIR and ENV are followed, COPY copies from the context (less .dockerignore) or from an earlier stage's folder,
/// and RUN runs the same command line with the host's tools (npm, dotnet) instead of the base image's.
/// </summary>
public sealed class ImageReplay(DockerContext context, string workspace)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(20);
    private readonly Dictionary<string, string> _roots = new(StringComparer.Ordinal);

    /// <summary>Where <paramref name="containerPath"/> of <paramref name="stage"/> is on this machine.</summary>
    public string PathOf(string stage, string containerPath) => Path.Combine(_roots[stage], containerPath.TrimStart('/'));

    public async Task RunAsync(DockerStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _roots[stage.Name] = Directory.CreateDirectory(Path.Combine(workspace, stage.Name)).FullName;
        var workdir = "/";
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    workdir = Absolute(workdir, instruction.Arguments);
                    Directory.CreateDirectory(PathOf(stage.Name, workdir));
                    break;
                case "ENV":
                    foreach (var (key, value) in new DockerStage(stage.Name, stage.BaseImage, [instruction]).Environment)
                    {
                        environment[key] = value;
                    }

                    break;
                case "COPY":
                    Copy(stage.Name, workdir, instruction);
                    break;
                case "RUN":
                    var run = await ExternalProgram.RunAsync(
                        "sh", ["-c", instruction.Arguments], PathOf(stage.Name, workdir), RunTimeout, environment);
                    Assert.True(run.ExitCode == 0, $"stage {stage.Name}: RUN {instruction.Arguments}\n{run}");
                    break;
            }
        }
    }

    private void Copy(string stage, string workdir, DockerInstruction instruction)
    {
        var operands = instruction.Operands;
        var destination = operands[^1];
        var intoDirectory = destination.EndsWith('/') || operands.Count > 2;
        var target = PathOf(stage, Absolute(workdir, destination));
        foreach (var source in operands.Take(operands.Count - 1))
        {
            if (instruction.Flag("from") is { } from)
            {
                CopyTree(PathOf(from, source), target);
            }
            else
            {
                context.CopyTo(source, target, intoDirectory);
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        Assert.True(Directory.Exists(from), $"COPY --from: {from} was not made by that stage");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    private static string Absolute(string workdir, string path) =>
        path.StartsWith('/') ? path : $"{workdir.TrimEnd('/')}/{path}";
}
