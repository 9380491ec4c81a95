using System.Text.Json.Nodes;

namespace Goals.Api.Tests.Deployment;

/// <summary>What each overlay deploys, and who may talk to whom.</summary>
public sealed class OverlayTests
{
    [SkippableFact]
    public async Task Development_runs_one_replica_on_sqlite_without_mongodb_redis_or_an_autoscaler()
    {
        var manifests = await Manifests.OverlayAsync("development");
        var api = manifests.One("Deployment", "goals-api");
        var settings = manifests.One("ConfigMap", "goals-api")["data"]!;

        Assert.Equal(1, api["spec"]!["replicas"]!.GetValue<long>());
        Assert.Equal("Recreate", api["spec"]!["strategy"]!["type"]!.GetValue<string>());
        Assert.Equal("Sqlite", settings["Storage__Provider"]!.GetValue<string>());
        Assert.Contains("/app/data/", settings["ConnectionStrings__Sqlite"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(api["spec"]!["template"]!["spec"]!["volumes"]!.AsArray(),
            volume => volume!["persistentVolumeClaim"]?["claimName"]?.GetValue<string>() == "goals-data");
        Assert.Empty(manifests.OfKind("StatefulSet"));
        Assert.Empty(manifests.OfKind("HorizontalPodAutoscaler"));
        Assert.DoesNotContain(manifests.Objects, item => Manifests.Name(item) is "redis" or "mongodb");
    }

    [SkippableFact]
    public async Task Production_runs_a_three_member_replica_set_redis_and_at_least_three_api_replicas_behind_the_ingress()
    {
        var manifests = await Manifests.OverlayAsync("production");
        var env = WorkloadTests.Containers(manifests.One("Deployment", "goals-api")["spec"]!["template"]!["spec"]!, "containers")
            .Single()["env"]!.AsArray();
        var mongodb = manifests.One("StatefulSet", "mongodb");

        Assert.Equal("MongoDb", Env(env, "Storage__Provider"));
        Assert.StartsWith("mongodb://", Env(env, "ConnectionStrings__MongoDb"), StringComparison.Ordinal);
        Assert.Contains("replicaSet=rs0", Env(env, "ConnectionStrings__MongoDb"), StringComparison.Ordinal);
        Assert.StartsWith("redis:6379", Env(env, "ConnectionStrings__Redis"), StringComparison.Ordinal);
        Assert.Equal(3, mongodb["spec"]!["replicas"]!.GetValue<long>());
        manifests.One("Job", "mongodb-init");
        manifests.One("Deployment", "redis");
        Assert.True(manifests.One("HorizontalPodAutoscaler", "goals-api")["spec"]!["minReplicas"]!.GetValue<long>() >= 3);
        Assert.Equal("goals-api", manifests.One("Ingress", "goals-api")["spec"]!["rules"]![0]!["http"]!["paths"]![0]!["backend"]!["service"]!["name"]!.GetValue<string>());
    }

    [SkippableTheory]
    [InlineData("development")]
    [InlineData("production")]
    public async Task Only_the_ingress_controller_reaches_the_api_and_only_prometheus_its_metrics_port(string overlay)
    {
        var manifests = await Manifests.OverlayAsync(overlay);
        var policies = manifests.OfKind("NetworkPolicy").ToList();
        var settings = manifests.One("ConfigMap", "goals-api")["data"]!;

        Assert.Contains(policies, policy => Manifests.Name(policy) == "default-deny-ingress"
            && policy["spec"]!["podSelector"]!.AsObject().Count == 0 && policy["spec"]!["ingress"] is null);
        var toApi = Rules(policies, "goals-api");
        Assert.Contains(toApi, rule => rule.Port == "http" && rule.From == "ns:ingress-nginx/app.kubernetes.io/name=ingress-nginx");
        Assert.All(toApi, rule => Assert.Equal(rule.Port == "http" ? "ns:ingress-nginx/app.kubernetes.io/name=ingress-nginx"
            : "ns:monitoring/app.kubernetes.io/name=prometheus", rule.From));
        Assert.All(toApi, rule => Assert.Contains(rule.Port, new[] { "http", "metrics" }));
        Assert.Equal("9464", settings["Metrics__Port"]!.GetValue<string>());
        Assert.Contains(manifests.One("Deployment", "goals-api")["spec"]!["template"]!["spec"]!["containers"]![0]!["ports"]!.AsArray(),
            port => port!["name"]!.GetValue<string>() == "metrics" && port["containerPort"]!.GetValue<long>() == 9464);
    }

    [SkippableFact]
    public async Task Only_the_api_reaches_mongodb_and_redis()
    {
        var policies = (await Manifests.OverlayAsync("production")).OfKind("NetworkPolicy").ToList();

        Assert.All(Rules(policies, "mongodb"), rule => Assert.Contains(rule.From,
            new[] { "app.kubernetes.io/name=goals-api", "app.kubernetes.io/name=mongodb", "app.kubernetes.io/name=mongodb-init" }));
        var toRedis = Rules(policies, "redis");
        Assert.Contains(toRedis, rule => rule.From == "app.kubernetes.io/name=goals-api" && rule.Port == "redis");
        Assert.All(toRedis, rule => Assert.True(rule.Port == "redis"
            ? rule.From == "app.kubernetes.io/name=goals-api"
            : rule.Port == "metrics" && rule.From == "ns:monitoring/app.kubernetes.io/name=prometheus", $"{rule}"));
    }

    private sealed record Rule(string From, string Port);

    // Each (source, port) pair the policies admit to the pods named app.kubernetes.io/name=<app>.
    private static List<Rule> Rules(IEnumerable<JsonObject> policies, string app) =>
    [
        .. from policy in policies
           where policy["spec"]!["podSelector"]!["matchLabels"]?["app.kubernetes.io/name"]?.GetValue<string>() == app
           from ingress in policy["spec"]!["ingress"]?.AsArray() ?? []
           from peer in ingress!["from"]!.AsArray()
           from port in ingress["ports"]!.AsArray()
           select new Rule(Peer(peer!), port!["port"]!.ToString()),
    ];

    private static string Peer(JsonNode peer)
    {
        var pods = string.Join(',', peer["podSelector"]?["matchLabels"]?.AsObject().Select(label => $"{label.Key}={label.Value}") ?? []);
        return peer["namespaceSelector"]?["matchLabels"]?["kubernetes.io/metadata.name"] is { } ns ? $"ns:{ns}/{pods}" : pods;
    }

    private static string Env(JsonArray env, string name) =>
        env.Single(variable => variable!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();
}
