using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

public sealed class YamlLintTests
{
    [SkippableFact]
    public async Task Every_manifest_passes_yamllint_with_the_repository_rules()
    {
        var yamllint = ExternalProgram.Require("yamllint", "apt-get install yamllint");

        var run = await ExternalProgram.RunAsync(
            yamllint, ["--strict", "--config-file", ".yamllint", "k8s"], RepositoryRoot.Path, TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
