using System.Text.Json.Nodes;

namespace Goals.Api.Tests.Deployment;

/// <summary>What every rendered overlay must be: complete objects and locked-down, probed, sized containers.</summary>
public sealed class WorkloadTests
{
    public static TheoryData<string> Overlays => [.. Manifests.Overlays];

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task Every_object_has_an_api_version_a_kind_and_a_name(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);

        Assert.NotEmpty(manifests.Objects);
        Assert.All(manifests.Objects, item =>
        {
            Assert.False(string.IsNullOrEmpty(item["apiVersion"]?.GetValue<string>()), item.ToJsonString());
            Assert.False(string.IsNullOrEmpty(item["kind"]?.GetValue<string>()), item.ToJsonString());
            Assert.False(string.IsNullOrEmpty(Manifests.Name(item)), item.ToJsonString());
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task Every_container_has_an_image_resources_a_locked_down_context_and_long_running_ones_probes(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);

        Assert.All(manifests.PodTemplates(), template =>
        {
            var (workload, pod) = template;
            var spec = pod["spec"]!;
            Assert.True(spec["securityContext"]?["runAsNonRoot"]?.GetValue<bool>() == true, $"{workload}: runAsNonRoot");
            Assert.Equal("RuntimeDefault", spec["securityContext"]?["seccompProfile"]?["type"]?.GetValue<string>());
            Assert.False(spec["automountServiceAccountToken"]?.GetValue<bool>() ?? true, $"{workload}: no service account token");
            var longRunning = !workload.StartsWith("Job/", StringComparison.Ordinal);
            foreach (var container in Containers(spec, "containers"))
            {
                AssertLockedDown(workload, container);
                Assert.True(!longRunning || container["readinessProbe"] is JsonObject, $"{workload}/{container["name"]}: readinessProbe");
                Assert.True(!longRunning || container["livenessProbe"] is JsonObject, $"{workload}/{container["name"]}: livenessProbe");
            }

            foreach (var container in Containers(spec, "initContainers"))
            {
                AssertLockedDown(workload, container);
            }
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task The_api_starts_probed_and_drains_within_its_grace_period(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);
        var api = manifests.One("Deployment", "goals-api")["spec"]!["template"]!["spec"]!;
        var container = Assert.Single(Containers(api, "containers"));
        var settings = manifests.One("ConfigMap", "goals-api")["data"]!;

        var preStop = container["lifecycle"]!["preStop"]!["sleep"]!["seconds"]!.GetValue<long>();
        var shutdown = long.Parse(settings["DOTNET_shutdownTimeoutSeconds"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var grace = api["terminationGracePeriodSeconds"]!.GetValue<long>();

        Assert.Equal("/health/live", container["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/health/ready", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.True(grace > preStop + shutdown, $"grace {grace} s must outlast preStop {preStop} s + shutdown {shutdown} s");
        Assert.Equal(1654, api["securityContext"]!["runAsUser"]!.GetValue<long>());
    }

    public static IEnumerable<JsonObject> Containers(JsonNode podSpec, string list) =>
        podSpec[list]?.AsArray().Select(container => container!.AsObject()) ?? [];

    private static void AssertLockedDown(string workload, JsonObject container)
    {
        var where = $"{workload}/{container["name"]}";
        Assert.False(string.IsNullOrEmpty(container["image"]?.GetValue<string>()), $"{where}: image");
        Assert.NotNull(container["resources"]?["requests"]?["cpu"]);
        Assert.NotNull(container["resources"]?["requests"]?["memory"]);
        Assert.True(container["resources"]?["limits"]?["memory"] is not null, $"{where}: memory limit");
        var security = container["securityContext"];
        Assert.True(security?["readOnlyRootFilesystem"]?.GetValue<bool>() == true, $"{where}: readOnlyRootFilesystem");
        Assert.True(security?["allowPrivilegeEscalation"]?.GetValue<bool>() == false, $"{where}: allowPrivilegeEscalation");
        Assert.Equal(["ALL"], security?["capabilities"]?["drop"]?.AsArray().Select(value => value!.GetValue<string>()) ?? []);
    }
}
