using Goals.Storage.Abstractions;
using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoCoOccurrenceCommandTests : MongoCommandTest
{
    private ICoOccurrenceStore CoOccurrences => Store<ICoOccurrenceStore>();

    [Fact]
    public async Task Replace_is_one_upserting_replace_of_the_single_set_document()
    {
        await VerifyAsync("coOccurrences.Replace", () => CoOccurrences.ReplaceAsync(
            [new("Health/Target", "Health/Target", 7), new("Fitness/Habit", "Health/Target", 5)], None));
    }

    [Fact]
    public async Task ReadAll_is_a_point_lookup_of_the_set_document()
    {
        Replies.Find("co_occurrences", new BsonDocument
        {
            { "_id", "all" },
            { "counts", new BsonArray { new BsonDocument { { "item", "Fitness/Habit" }, { "other", "Fitness/Habit" }, { "users", 6 } } } },
        });

        var counts = await VerifyAsync("coOccurrences.ReadAll", () => CoOccurrences.ReadAllAsync(None));

        Assert.Equal([new CoOccurrence("Fitness/Habit", "Fitness/Habit", 6)], counts);
    }
}
