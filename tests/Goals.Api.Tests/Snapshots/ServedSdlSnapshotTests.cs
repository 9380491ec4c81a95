using Goals.Api.Tests.Support;
using Snapshooter.Xunit;

namespace Goals.Api.Tests.Snapshots;

/// <summary>
/// The SDL the host serves at <c>/graphql/schema.graphql</c>, as a snapshot: any schema change shows here as a line
/// diff. After an intended change, regenerate: delete
/// <c>__snapshots__/ServedSdlSnapshotTests.The_served_sdl_matches_the_snapshot.snap</c>, rerun this test, and commit the
/// new file together with <c>schema/schema.graphql</c> (<c>dotnet run --project src/Goals.Api -- schema export</c>).
/// </summary>
public sealed class ServedSdlSnapshotTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    [Fact]
    public async Task The_served_sdl_matches_the_snapshot()
    {
        using var http = factory.CreateClient();

        var sdl = await http.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Contains("type Goal implements Node", sdl, StringComparison.Ordinal);
        Snapshot.Match(sdl);
    }
}
