using Goals.Api.GoalState;

namespace Goals.Api.Tests.Architecture;

/// <summary>
/// The folders of Goals.Api form layers: shared pieces (Common, GraphQL, GoalState, Infrastructure) below the features,
/// and Composition, which wires them all, on top. A feature may use another only if that one never uses it back.
/// </summary>
public sealed class FolderCycleTests
{
    private static readonly Lazy<FolderGraph> Api = new(() =>
        FolderGraph.Read(typeof(GoalStateReader).Assembly.Location, "Goals.Api"));

    [Fact]
    public void No_two_folders_of_the_api_depend_on_each_other()
    {
        var cycles = Api.Value.Cycles();

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(Describe)));
    }

    [Fact]
    public void The_graph_sees_dependencies_however_they_are_spelled()
    {
        var graph = Api.Value;

        // A constructor parameter, a call inside an async method, and a composition root that wires every feature.
        Assert.True(graph.DependsOn("Activities", "GoalState"));
        Assert.True(graph.DependsOn("Scheduling", "Milestones"));
        Assert.True(graph.DependsOn("Composition", "Vacations"));
        Assert.False(graph.DependsOn("GoalState", "Activities"));
    }

    [Fact]
    public void Nothing_but_the_composition_root_uses_the_composition_folder()
    {
        var users = Api.Value.Edges.Where(edge => edge.Value.ContainsKey("Composition")).Select(edge => edge.Key);

        Assert.Empty(users);
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var components = StronglyConnected.Components(
            ["A", "B", "C", "D"],
            node => node switch { "A" => ["B"], "B" => ["C"], "C" => ["A", "D"], _ => [] });

        Assert.Equal(["A", "B", "C"], Assert.Single(components));
    }

    private static string Describe(IReadOnlyList<string> cycle) =>
        $"Cycle between {string.Join(", ", cycle)}:" + string.Concat(cycle.SelectMany(from =>
            Api.Value.Edges.GetValueOrDefault(from, []).Where(edge => cycle.Contains(edge.Key))
                .Select(edge => $"{Environment.NewLine}  {from} → {edge.Key} (e.g. {edge.Value})")));
}
