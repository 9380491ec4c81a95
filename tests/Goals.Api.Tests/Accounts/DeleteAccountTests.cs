using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Goals.Api.Tests.Accounts;

public sealed class DeleteAccountTests(GoalsApiFactory factory) : IClassFixture<GoalsApiFactory>
{
    private const string DeleteAccount =
        "mutation($confirm: Boolean!) { deleteAccount(input: { confirm: $confirm }) { deletedUserId errors { message field } } }";

    [Fact]
    public async Task Without_confirm_nothing_is_deleted()
    {
        using var client = factory.ClientFor("delete-unconfirmed");
        var goalId = await client.CreateIdAsync(new { title = "Keep", pattern = "HABIT", target = 1 });

        var payload = (await client.DataAsync(DeleteAccount, new { confirm = false }))["deleteAccount"]!;

        Assert.Null(payload["deletedUserId"]);
        Assert.Equal("confirm", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("ACTIVE", await client.StatusAsync(goalId));
    }

    [Fact]
    public async Task A_deleted_account_leaves_no_row_in_the_database_and_the_other_user_keeps_everything()
    {
        using var gone = factory.ClientFor("delete-me");
        using var kept = factory.ClientFor("delete-keep");
        var meId = (await gone.DataAsync("{ me { id } }"))["me"]!["id"]!.GetValue<string>();
        await SeedAsync(gone);
        await SeedAsync(kept);

        var payload = (await gone.DataAsync(DeleteAccount, new { confirm = true }))["deleteAccount"]!;

        Assert.Null(payload["errors"]);
        Assert.Equal(meId, payload["deletedUserId"]!.GetValue<string>());
        Assert.Equal(0, await RowsMentioningAsync("delete-me"));
        Assert.True(await RowsMentioningAsync("delete-keep") >= 2);
        var fresh = await gone.DataAsync("{ me { timeZone } goals(first: 5) { totalCount } }");
        Assert.Equal("UTC", fresh["me"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(0, fresh["goals"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, (await kept.DataAsync("{ goals(first: 5) { totalCount } }"))["goals"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task SeedAsync(GraphQLClient client)
    {
        await client.DataAsync("mutation { updateSettings(input: { timeZone: \"Europe/Berlin\" }) { errors { __typename } } }");
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages" });
        await client.LogAsync(new { goalId, amount = 20, note = "all of it" });
    }

    /// <summary>Rows in any table whose user or owner column names the user (goal rows are reached through goals).</summary>
    private async Task<long> RowsMentioningAsync(string userId)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        long rows = 0;
        foreach (var (table, column) in new[] { ("users", "id"), ("goals", "owner_id"), ("activities", "owner_id"), ("daily_stats", "user_id"), ("notifications", "user_id") })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {column} = $user;";
            command.Parameters.AddWithValue("$user", userId);
            rows += (long)(await command.ExecuteScalarAsync())!;
        }

        await using var totals = connection.CreateCommand();
        totals.CommandText = "SELECT COUNT(*) FROM day_totals WHERE goal_id NOT IN (SELECT id FROM goals);";
        Assert.Equal(0L, (long)(await totals.ExecuteScalarAsync())!);
        return rows;
    }
}
