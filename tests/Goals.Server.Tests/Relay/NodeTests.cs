using Goals.Server.Relay;
using Goals.Server.Tests.TestHost;

namespace Goals.Server.Tests.Relay;

/// <summary><c>node</c>/<c>nodes</c> over opaque global ids, batched per type, with the batch limit.</summary>
[Collection(SharedServerDefinition.Name)]
public sealed class NodeTests(ServerFixture fixture)
{
    private TestServer Server => fixture.Server;

    [Fact]
    public void Global_ids_are_opaque_and_round_trip()
    {
        var id = GlobalId.Encode("Book", "b01");

        Assert.DoesNotContain("b01", id, StringComparison.Ordinal);
        Assert.True(GlobalId.TryDecode(id, out var type, out var key));
        Assert.Equal(("Book", "b01"), (type, key));
        Assert.False(GlobalId.TryDecode("not base64 at all!", out _, out _));
    }

    [Fact]
    public async Task Node_refetches_an_object_by_its_global_id()
    {
        var response = await Server.PostAsync(
            "query($id: ID!) { node(id: $id) { id __typename ... on Book { title } } }", new { id = GlobalId.Encode("Book", "b01") });

        Assert.Equal("Book", response.Data!["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("Book", "b01"), response.Data["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_mixes_types_and_answers_null_for_unknown_keys()
    {
        var ids = new[] { GlobalId.Encode("Author", "a2"), GlobalId.Encode("Book", "zz"), GlobalId.Encode("Book", "b02") };

        var response = await Server.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal("Author", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal(ids[2], nodes[2]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_malformed_id_or_an_unknown_type_is_an_invalid_id_error()
    {
        var malformed = await Server.PostAsync("{ node(id: \"%%%\") { id } }");
        var unknownType = await Server.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Spaceship", "1") });

        Assert.Equal("INVALID_ID", malformed.FirstErrorCode);
        Assert.Equal("INVALID_ID", unknownType.FirstErrorCode);
    }

    [Fact]
    public async Task Nodes_accepts_fifty_ids_and_refuses_fifty_one()
    {
        var fifty = Enumerable.Range(0, 50).Select(_ => GlobalId.Encode("Book", "b01")).ToArray();

        var accepted = await Server.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = fifty });
        var refused = await Server.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = fifty.Append(fifty[0]).ToArray() });

        Assert.Equal(50, accepted.Data!["nodes"]!.AsArray().Count);
        Assert.Equal("NODE_BATCH_EXCEEDED", refused.FirstErrorCode);
    }
}
