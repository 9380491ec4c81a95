using Goals.Domain.Evaluation;
using Goals.Storage.Abstractions;
using MongoDB.Bson;
using NodaTime;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoCheckpointCommandTests : MongoCommandTest
{
    private static readonly EvaluationCheckpoint Checkpoint =
        new(new LocalDate(2026, 11, 15), new LocalDate(2026, 10, 17), 3, new LocalDate(2026, 11, 13), 7, 0.1 + 0.2,
            1.0 / 3, 12.5, -1234567890123L);

    private ICheckpointStore Checkpoints => Store<ICheckpointStore>();

    [Fact]
    public async Task Put_sets_the_goal_documents_checkpoint_only_at_the_data_version_its_writer_read()
    {
        await VerifyAsync("checkpoints.Put", () => Checkpoints.PutAsync("user-1", "goal-1", 4, Checkpoint, None));
    }

    [Fact]
    public async Task GetForGoals_reads_the_checkpoint_fields_of_the_owners_goals_back_bit_for_bit()
    {
        Replies.Find("goals", new BsonDocument
        {
            { "_id", "goal-1" },
            {
                "checkpoint", new BsonDocument
                {
                    { "date", "2026-11-15" }, { "read_from", "2026-10-17" }, { "current_run", 3 },
                    { "run_started_on", "2026-11-13" }, { "longest_run", 7 }, { "strength_score", 0.1 + 0.2 },
                    { "strength_rolling", 1.0 / 3 }, { "total", 12.5 }, { "inputs", -1234567890123L },
                    { "data_version", 4L },
                }
            },
        });

        var read = await VerifyAsync("checkpoints.GetForGoals", () =>
            Checkpoints.GetForGoalsAsync("user-1", ["goal-1", "goal-2"], None));

        Assert.Equal(new StoredCheckpoint("goal-1", 4, Checkpoint), read["goal-1"]);
    }
}
