using Goals.Paging;
using Goals.Storage.Abstractions;
using Goals.Storage.MongoDb;
using Goals.Storage.Paging;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;
using MongoDB.Driver;
using SortDirection = Goals.Storage.Abstractions.SortDirection;

namespace Goals.Storage.Tests.MongoDb;

/// <summary>The filters a MongoDB keyset page sends, rendered without a server.</summary>
public sealed class MongoKeysetFilterTests
{
    [Fact]
    public void Rows_after_a_cursor_in_an_ascending_title_order_compare_title_then_id_and_bound_the_title()
    {
        var order = Orders.Goals([new GoalSort(GoalSortField.Title, SortDirection.Ascending)], ListFilter.None);

        var filter = MongoKeysetFilter.Bound(order, new KeysetBound(["apple", "01J"], Later: true, Inclusive: false));

        Assert.Equal(
            """{ "title_key" : { "$gte" : "apple" }, "$or" : [{ "title_key" : { "$gt" : "apple" } }, { "title_key" : "apple", "_id" : { "$gt" : "01J" } }] }""",
            Render(filter));
    }

    [Fact]
    public void Rows_before_a_cursor_in_a_descending_order_compare_upwards_and_instants_as_dates_from_the_cursor_date()
    {
        var filter = MongoKeysetFilter.Bound(
            Orders.Activities([], ListFilter.None), new KeysetBound(["2026-11-24", 1764000000000L, "01J"], Later: false, Inclusive: true));

        Assert.Equal(
            """{ "date" : { "$gte" : "2026-11-24" }, "$or" : [{ "date" : { "$gt" : "2026-11-24" } }, { "date" : "2026-11-24", "occurred_at" : { "$gt" : { "$date" : "2025-11-24T16:00:00Z" } } }, { "date" : "2026-11-24", "occurred_at" : { "$date" : "2025-11-24T16:00:00Z" }, "_id" : { "$gte" : "01J" } }] }""",
            Render(filter));
    }

    [Fact]
    public void A_single_key_order_bounds_the_key_without_an_or()
    {
        var filter = MongoKeysetFilter.Bound(Orders.Notifications([], ListFilter.None), new KeysetBound([40L], Later: true, Inclusive: false));

        Assert.Equal("""{ "sequence" : { "$lt" : 40 } }""", Render(filter));
    }

    private static string Render(FilterDefinition<BsonDocument> filter) =>
        filter.Render(new RenderArgs<BsonDocument>(BsonDocumentSerializer.Instance, BsonSerializer.SerializerRegistry))
            .ToString();
}
