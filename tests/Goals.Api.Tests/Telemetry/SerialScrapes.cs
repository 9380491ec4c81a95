namespace Goals.Api.Tests.Telemetry;

/// <summary>
/// Tests that read exact metric values run alone: every host in the process reports on meters of the same names, so a
/// host of another test running at the same time would add its own operations and sockets to the figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialScrapes
{
    public const string Name = "Metrics read alone";
}
