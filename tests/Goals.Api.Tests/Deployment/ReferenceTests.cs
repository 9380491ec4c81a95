using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;

namespace Goals.Api.Tests.Deployment;

/// <summary>Everything an object names exists: in the overlay, or (Secrets, never committed) in the example.</summary>
public sealed partial class ReferenceTests
{
    public static TheoryData<string> Overlays => [.. Manifests.Overlays];

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task No_secret_is_rendered_and_every_secret_key_used_is_in_the_example(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);
        var example = Manifests.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "k8s", "examples", "secret.example.yaml")));
        var text = string.Join('\n', manifests.Objects.Select(item => item.ToJsonString()));

        Assert.Empty(manifests.OfKind("Secret"));
        foreach (var name in SecretRefs().Matches(text).Select(match => match.Groups[1].Value))
        {
            example.One("Secret", name);
        }

        foreach (Match match in SecretKeyRefs().Matches(text))
        {
            var secret = example.One("Secret", match.Groups[2].Value);
            Assert.True(secret["stringData"]?[match.Groups[1].Value] is not null, $"{match.Value}: key missing from the example");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task Config_maps_claims_and_earlier_variables_named_by_pods_exist(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);

        foreach (var (workload, pod) in manifests.PodTemplates())
        {
            var text = pod.ToJsonString();
            foreach (Match match in ConfigMapRefs().Matches(text))
            {
                manifests.One("ConfigMap", match.Groups[1].Value);
            }

            foreach (Match match in ClaimNames().Matches(text))
            {
                manifests.One("PersistentVolumeClaim", match.Groups[1].Value);
            }

            foreach (var container in WorkloadTests.Containers(pod["spec"]!, "containers"))
            {
                var defined = new List<string>();
                foreach (var variable in container["env"]?.AsArray() ?? [])
                {
                    foreach (Match use in VariableUses().Matches(variable!["value"]?.GetValue<string>() ?? ""))
                    {
                        Assert.True(defined.Contains(use.Groups[1].Value), $"{workload}: {use.Value} is used before it is defined");
                    }

                    defined.Add(variable["name"]!.GetValue<string>());
                }
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Overlays))]
    public async Task Services_budgets_autoscalers_and_monitors_point_at_pods_and_ports_that_exist(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);
        var pods = manifests.PodTemplates().Select(template => template.Pod).ToList();

        foreach (var service in manifests.OfKind("Service"))
        {
            var selected = pods.Where(pod => Selects(service["spec"]!["selector"], pod)).ToList();
            Assert.True(selected.Count > 0, $"Service {Manifests.Name(service)} selects no pod");
            var portNames = selected.SelectMany(pod => WorkloadTests.Containers(pod["spec"]!, "containers"))
                .SelectMany(container => container["ports"]?.AsArray() ?? []).Select(port => port!["name"]?.GetValue<string>()).ToList();
            Assert.All(service["spec"]!["ports"]!.AsArray(), port => Assert.Contains(port!["targetPort"]!.GetValue<string>(), portNames));
        }

        foreach (var budget in manifests.OfKind("PodDisruptionBudget"))
        {
            Assert.Contains(pods, pod => Selects(budget["spec"]!["selector"]!["matchLabels"], pod));
        }

        foreach (var scaler in manifests.OfKind("HorizontalPodAutoscaler"))
        {
            var target = scaler["spec"]!["scaleTargetRef"]!;
            manifests.One(target["kind"]!.GetValue<string>(), target["name"]!.GetValue<string>());
        }

        foreach (var monitor in manifests.OfKind("ServiceMonitor"))
        {
            var service = Assert.Single(manifests.OfKind("Service"), service =>
                Selects(monitor["spec"]!["selector"]!["matchLabels"], service));
            Assert.All(monitor["spec"]!["endpoints"]!.AsArray(), endpoint => Assert.Contains(service["spec"]!["ports"]!.AsArray(),
                port => port!["name"]!.GetValue<string>() == endpoint!["port"]!.GetValue<string>()));
        }
    }

    /// <summary>Whether every label of <paramref name="selector"/> is on <paramref name="item"/>'s metadata.</summary>
    public static bool Selects(JsonNode? selector, JsonNode item) =>
        selector is JsonObject labels && labels.All(label =>
            item["metadata"]?["labels"]?[label.Key]?.GetValue<string>() == label.Value?.GetValue<string>());

    [GeneratedRegex("\"secretRef\":\\{\"name\":\"([^\"]+)\"")]
    private static partial Regex SecretRefs();

    [GeneratedRegex("\"secretKeyRef\":\\{\"key\":\"([^\"]+)\",\"name\":\"([^\"]+)\"")]
    private static partial Regex SecretKeyRefs();

    [GeneratedRegex("\"configMapRef\":\\{\"name\":\"([^\"]+)\"")]
    private static partial Regex ConfigMapRefs();

    [GeneratedRegex("\"claimName\":\"([^\"]+)\"")]
    private static partial Regex ClaimNames();

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex VariableUses();
}
