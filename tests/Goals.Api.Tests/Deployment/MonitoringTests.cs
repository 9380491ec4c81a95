using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Goals.Api.Tests.Support;
using Goals.Api.Tests.Telemetry;

namespace Goals.Api.Tests.Deployment;

/// <summary>The alerts and the dashboard read metrics that exist, and the docs explain each of them.</summary>
[Collection(SerialScrapes.Name)]
public sealed partial class MonitoringTests(ExercisedHost host) : IClassFixture<ExercisedHost>
{
    // Read by the rules but exported by something else; each must be used, so the list cannot go stale.
    private static readonly Dictionary<string, string> OutsideMetrics = new(StringComparer.Ordinal)
    {
        ["up"] = "Prometheus, per scrape target",
        ["kube_pod_container_status_restarts_total"] = "kube-state-metrics",
        ["redis_up"] = "redis_exporter (components/redis)",
    };

    [SkippableFact]
    public async Task Every_metric_an_alert_or_a_dashboard_panel_reads_is_one_the_server_exposes_or_a_named_outside_one()
    {
        RedisServer.Require();
        var (alerts, panels) = await MonitoringAsync();
        var families = host.Scrape.Families;
        var expressions = alerts.Select(alert => alert["expr"]!.GetValue<string>())
            .Concat(panels.SelectMany(panel => panel["targets"]!.AsArray()).Select(target => target!["expr"]!.GetValue<string>()))
            .ToList();

        var read = expressions.SelectMany(PromQl.MetricNames).ToHashSet(StringComparer.Ordinal);
        var unknown = read.Where(name => !families.ContainsKey(name) && !IsHistogramSeries(name, families) && !OutsideMetrics.ContainsKey(name));

        Assert.Empty(unknown);
        Assert.Subset(read, OutsideMetrics.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.True(expressions.Count > 30, $"only {expressions.Count} expressions found");
        // The goal-state cache is watched through its hit ratio, from the counters the server exposes.
        Assert.Contains(panels, panel => panel["title"]!.GetValue<string>().Contains("cache", StringComparison.OrdinalIgnoreCase)
            && panel["targets"]!.AsArray().Any(target => target!["expr"]!.GetValue<string>().Contains("goals_cache_hits_total", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Every_alert_has_a_severity_a_summary_and_a_runbook_section_and_the_monitoring_doc_explains_it()
    {
        var (alerts, _) = await MonitoringAsync();
        var runbook = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "runbook.md"));
        var monitoring = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "monitoring.md"));
        var anchors = Headings().Matches(runbook).Select(match => Anchor(match.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.All(alerts, alert =>
        {
            var name = alert["alert"]!.GetValue<string>();
            Assert.Contains(alert["labels"]!["severity"]!.GetValue<string>(), new[] { "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(alert["annotations"]!["summary"]?.GetValue<string>()), name);
            var link = alert["annotations"]!["runbook"]!.GetValue<string>();
            Assert.StartsWith("docs/runbook.md#", link, StringComparison.Ordinal);
            Assert.True(anchors.Contains(link["docs/runbook.md#".Length..]), $"{name}: no section {link} in docs/runbook.md");
            Assert.Contains($"`{name}`", monitoring, StringComparison.Ordinal);
        });
    }

    [SkippableFact]
    public void Every_product_metric_the_server_exposes_is_described_in_the_monitoring_doc()
    {
        RedisServer.Require();
        var monitoring = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "monitoring.md"));

        var products = host.Scrape.Families.Keys.Where(name => name.StartsWith("goals_", StringComparison.Ordinal)).ToList();

        Assert.True(products.Count >= 14, string.Join(", ", products));
        Assert.All(products, name => Assert.Contains($"`{name}`", monitoring, StringComparison.Ordinal));
    }

    private static async Task<(List<JsonObject> Alerts, List<JsonObject> Panels)> MonitoringAsync()
    {
        var manifests = await Manifests.OverlayAsync("production");
        var alerts = manifests.One("PrometheusRule", "goals-api")["spec"]!["groups"]!.AsArray()
            .SelectMany(group => group!["rules"]!.AsArray()).Select(rule => rule!.AsObject()).ToList();
        var dashboard = manifests.One("ConfigMap", "goals-dashboard");
        Assert.Equal("1", dashboard["metadata"]!["labels"]!["grafana_dashboard"]!.GetValue<string>());
        var panels = JsonNode.Parse(dashboard["data"]!["goals-dashboard.json"]!.GetValue<string>())!["panels"]!.AsArray()
            .Select(panel => panel!.AsObject()).Where(panel => panel["type"]!.GetValue<string>() != "row").ToList();
        return (alerts, panels);
    }

    private static bool IsHistogramSeries(string name, IReadOnlyDictionary<string, string> families) =>
        new[] { "_bucket", "_sum", "_count" }.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)
            && families.GetValueOrDefault(name[..name.LastIndexOf('_')]) == "histogram");

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static string Anchor(string heading) =>
        AnchorPunctuation().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex(@"^#{2,3} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Headings();

    [GeneratedRegex(@"[^a-z0-9 _-]")]
    private static partial Regex AnchorPunctuation();
}
