using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

/// <summary>The Dockerfile, checked and built without a container engine (none runs on the build machines).</summary>
public sealed class ContainerImageTests
{
    private static readonly IReadOnlyList<DockerStage> Stages =
        Dockerfile.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Dockerfile")));

    private static DockerStage Runtime => Stages.Single(stage => stage.Name == "runtime");

    [Fact]
    public void The_dockerfile_builds_in_named_stages_and_runs_as_a_non_root_user_with_a_health_check_and_no_secret()
    {
        Assert.Equal(["ide", "build", "runtime"], Stages.Select(stage => stage.Name));
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", Stages[1].BaseImage, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", Runtime.BaseImage, StringComparison.Ordinal);
        var user = Assert.Single(Runtime.All("USER")).Arguments;
        Assert.True(int.TryParse(user, out var uid) && uid > 0, $"USER {user}: a non-root numeric id lets Kubernetes verify runAsNonRoot");
        Assert.Equal(["8080", "9464"], Assert.Single(Runtime.All("EXPOSE")).Words);
        Assert.Equal("8080", Runtime.Environment["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("9464", Runtime.Environment["Metrics__Port"]);
        Assert.Contains("/app/data", Assert.Single(Runtime.All("VOLUME")).Arguments, StringComparison.Ordinal);
        Assert.Contains("--start-period", Assert.Single(Runtime.All("HEALTHCHECK")).Arguments, StringComparison.Ordinal);
        Assert.Empty(Runtime.All("RUN"));
        Assert.DoesNotContain(Stages.SelectMany(stage => stage.Environment.Keys),
            key => Regex.IsMatch(key, "SigningKey|Password|Secret|ConnectionStrings__(MongoDb|Redis)", RegexOptions.IgnoreCase));
        // RUN lines use paths relative to WORKDIR, so that the replay below runs the very same commands.
        Assert.All(Stages.SelectMany(stage => stage.All("RUN")), run => Assert.DoesNotMatch(@"(^|\s)/", run.Arguments));
        Assert.Contains("-p:GoalsIdeSkip=true", Stages[1].All("RUN").Last().Arguments, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_replayed_stages_publish_a_server_that_serves_and_passes_its_health_check_on_a_read_only_root()
    {
        ExternalProgram.Require("npm", "apt-get install nodejs npm");
        ExternalProgram.Require("unshare", "apt-get install util-linux");
        var workspace = Directory.CreateTempSubdirectory("goals-image-").FullName;
        try
        {
            var replay = new ImageReplay(DockerContext.OfRepository(), workspace);
            foreach (var stage in Stages)
            {
                await replay.RunAsync(stage);
            }

            var app = replay.PathOf("runtime", "/app");
            Assert.True(File.Exists(Path.Combine(app, "Goals.Api.dll")), "Goals.Api.dll was not published to /app");
            Assert.True(Directory.Exists(Path.Combine(app, "data")), "/app/data is missing");
            Assert.Contains("GoalsIde/index.html", Resources(Path.Combine(app, "Goals.Server.dll")));
            await using var server = await ReadOnlyServer.StartAsync(app, Runtime.Environment, Path.Combine(workspace, "volumes"));

            Assert.Equal(0, (await HealthCheckAsync(server.ApiPort)).ExitCode);
            Assert.NotEqual(0, (await HealthCheckAsync(ExternalProgram.FreePort())).ExitCode);
            Assert.Contains("goals_", (await MetricsScrape.ReadAsync(server.Management)).Text, StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Api.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
            Assert.True(File.Exists(Path.Combine(server.DataVolume, "goals.db")), "the SQLite file is not in the data volume");
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    // The HEALTHCHECK's CMD (exec form), run as the container would run it, against a port.
    private static Task<ProgramRun> HealthCheckAsync(int port)
    {
        var arguments = Assert.Single(Runtime.All("HEALTHCHECK")).Arguments;
        var command = JsonSerializer.Deserialize<string[]>(arguments[(arguments.IndexOf("CMD ", StringComparison.Ordinal) + 4)..])!;
        return ExternalProgram.RunAsync(command[0], command[1..], Path.GetTempPath(), TimeSpan.FromSeconds(10),
            new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = $"{port}" });
    }

    private static List<string> Resources(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        var metadata = reader.GetMetadataReader();
        return [.. metadata.ManifestResources.Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name))];
    }
}
