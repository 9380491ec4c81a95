using Goals.Server.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Goals.Server.Tests.Relay;

public sealed class CursorStabilityTests
{
    private const string Page = "query P($after: String) { books(first: 3, after: $after) { nodes { title } pageInfo { endCursor } } }";

    [Fact]
    public async Task Next_page_is_unchanged_by_inserts_before_the_cursor()
    {
        await using var server = await TestServer.StartAsync();
        var first = await server.PostAsync(Page);
        var cursor = first.Data!["books"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        server.Services.GetRequiredService<Library>().Add("Aardvark Tales", "a1");
        server.Services.GetRequiredService<Library>().Add("Babel-17", "a2");
        var next = await server.PostAsync(Page, new { after = cursor });

        var titles = next.Data!["books"]!["nodes"]!.AsArray().Select(node => node!["title"]!.GetValue<string>());
        Assert.Equal(["Kindred", "Lilith's Brood", "Parable of the Sower"], titles);
    }
}
