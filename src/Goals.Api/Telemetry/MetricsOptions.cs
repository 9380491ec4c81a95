namespace Goals.Api.Telemetry;

/// <summary>The <c>Metrics</c> section: the Prometheus scrape endpoint and the bounds on its labels.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The management port Production serves metrics on when <see cref="Port"/> is not set.</summary>
    public const int ProductionPort = 9464;

    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// The management port that alone serves <see cref="Path"/>; 0 serves it on the application's own port. Unset:
    /// <see cref="ProductionPort"/> in Production, 0 elsewhere.
    /// </summary>
    public int? Port { get; set; }

    /// <summary>How many distinct operation names get a label of their own; later names are counted as <c>other</c>.</summary>
    public int MaxOperationNames { get; set; } = 100;
}
