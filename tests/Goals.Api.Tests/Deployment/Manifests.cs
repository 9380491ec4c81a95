using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Goals.Api.Tests.Deployment;

/// <summary>Kubernetes objects as JSON nodes: an overlay rendered by <c>kubectl kustomize</c>, or a YAML file.</summary>
public sealed partial class Manifests(IReadOnlyList<JsonObject> objects)
{
    public static readonly string[] Overlays = ["development", "production"];

    private static readonly Dictionary<string, Task<Manifests>> Rendered = [];
    private static readonly Lock Gate = new();

    public IReadOnlyList<JsonObject> Objects => objects;

    /// <summary>The overlay as <c>kubectl kustomize k8s/overlays/NAME</c> renders it (once per test run).</summary>
    public static Task<Manifests> OverlayAsync(string overlay)
    {
        var kubectl = ExternalProgram.Require("kubectl", "apt-get install kubernetes-client, or any kubectl with kustomize v4+");
        lock (Gate)
        {
            if (!Rendered.TryGetValue(overlay, out var rendering))
            {
                rendering = RenderAsync(kubectl, overlay);
                Rendered[overlay] = rendering;
            }

            return rendering;
        }
    }

    public static Manifests Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new Manifests([.. stream.Documents
            .Where(document => document.RootNode is YamlMappingNode)
            .Select(document => (JsonObject)ToJson(document.RootNode)!)]);
    }

    public IEnumerable<JsonObject> OfKind(string kind) =>
        objects.Where(item => item["kind"]?.GetValue<string>() == kind);

    public JsonObject One(string kind, string name) =>
        Assert.Single(OfKind(kind), item => Name(item) == name);

    public static string Name(JsonNode? item) => item?["metadata"]?["name"]?.GetValue<string>() ?? "";

    /// <summary>Pod templates of every workload (Deployment, StatefulSet, Job), with the workload's kind/name.</summary>
    public IEnumerable<(string Workload, JsonObject Pod)> PodTemplates() =>
        objects.Where(item => item["spec"]?["template"]?["spec"] is JsonObject)
            .Select(item => ($"{item["kind"]}/{Name(item)}", item["spec"]!["template"]!.AsObject()));

    private static async Task<Manifests> RenderAsync(string kubectl, string overlay)
    {
        var version = await ExternalProgram.RunAsync(kubectl, ["version", "--client"], RepositoryRoot.Path, TimeSpan.FromMinutes(1));
        Assert.True(KustomizeMajor().Match(version.Output) is { Success: true } major && int.Parse(major.Groups[1].Value, CultureInfo.InvariantCulture) >= 4,
            $"the overlays use kustomize components, which need kubectl's kustomize v4 or later (kubectl 1.21+):\n{version}");
        var run = await ExternalProgram.RunAsync(
            kubectl, ["kustomize", Path.Combine("k8s", "overlays", overlay)], RepositoryRoot.Path, TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, $"kubectl kustomize k8s/overlays/{overlay} failed: {run}");
        return Parse(run.Output);
    }

    // Plain scalars keep their YAML type (numbers, booleans, null); quoted ones stay strings.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(child =>
            KeyValuePair.Create(((YamlScalarNode)child.Key).Value!, ToJson(child.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    [GeneratedRegex(@"Kustomize Version: v(\d+)")]
    private static partial Regex KustomizeMajor();

    private static JsonValue? Plain(string? value) => value switch
    {
        null or "" or "~" or "null" => null,
        "true" or "false" => JsonValue.Create(value == "true"),
        _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ => JsonValue.Create(value),
    };
}
