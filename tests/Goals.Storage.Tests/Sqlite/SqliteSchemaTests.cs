using Goals.Domain;
using Goals.Storage.Abstractions;
using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Theory]
    [InlineData("SELECT * FROM goals WHERE owner_id = 'u' ORDER BY created_at DESC, id DESC", "goals_owner_created")]
    [InlineData("SELECT * FROM goals WHERE owner_id = 'u' ORDER BY title_key, id", "goals_owner_title")]
    [InlineData("SELECT * FROM activities WHERE goal_id = 'g' AND date >= '2026-11-01' ORDER BY date DESC, occurred_at DESC, id DESC", "activities_goal_date")]
    [InlineData("SELECT * FROM activities WHERE owner_id = 'u' AND idempotency_key = 'k'", "activities_owner_key")]
    [InlineData("SELECT * FROM notifications WHERE user_id = 'u' AND read = 0 ORDER BY sequence DESC", "notifications_user_unread")]
    [InlineData("SELECT * FROM notifications WHERE user_id = 'u' AND unique_key = 'k'", "notifications_user_key")]
    public async Task Queries_are_served_by_an_index(string query, string index)
    {
        await using var connection = await OpenAsync();

        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        var plan = string.Join(" | ", details);

        Assert.Contains($"USING INDEX {index}", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_store_instances_on_one_file_serialize_their_writers_and_lose_nothing()
    {
        var goal = await fixture.Goals.CreateAsync(
            new NewGoal("writer", "Shared", null, GoalCategory.Other, GoalPattern.Target, 1, null, GoalPeriod.Day,
                GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null),
            CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={fixture.FilePath}",
        }).Build();
        await using var second = new ServiceCollection().AddGoalsStorage(configuration).BuildServiceProvider();
        var stores = new[] { fixture.Activities, second.GetRequiredService<IActivityStore>() };

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await stores[worker % 2].AppendAsync(
                    new NewActivity("writer", goal.Id, Instant.FromUtc(2026, 11, 3, 9, 0), new LocalDate(2026, 11, 3), 1),
                    CancellationToken.None);
            }
        })));

        Assert.Equal(
            [new DayTotal(new LocalDate(2026, 11, 3), 600, 600)],
            await fixture.Activities.GetDayTotalsAsync(goal.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_write_transaction_holds_the_write_lock_from_its_first_statement()
    {
        var database = fixture.Services.GetRequiredService<SqliteDatabase>();
        await using var other = await OpenAsync();
        await using (var pragma = other.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout = 0;";
            await pragma.ExecuteNonQueryAsync();
        }

        var blocked = await database.WriteAsync(
            async _ =>
            {
                await using var begin = other.CreateCommand();
                begin.CommandText = "BEGIN IMMEDIATE;";
                begin.CommandTimeout = 1;
                var error = await Assert.ThrowsAsync<SqliteException>(() => begin.ExecuteNonQueryAsync());
                return error.SqliteErrorCode;
            },
            CancellationToken.None);

        Assert.Equal(5, blocked); // SQLITE_BUSY: the store's transaction took the lock at BEGIN, before any statement
    }

    private Task<SqliteConnection> OpenAsync() => SqliteFile.OpenAsync(fixture.FilePath);
}
