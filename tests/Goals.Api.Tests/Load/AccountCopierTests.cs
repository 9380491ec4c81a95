using Goals.Api.Tests.Support;
using Goals.Api.Users;
using Goals.LoadRunner.Scenarios;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Goals.Api.Tests.Load;

/// <summary>
/// <c>cache-footprint copy</c> must make accounts the server cannot tell from the API-made one they copy: the same goal
/// page but for ids, and rows of their own (new goal, activity and notification ids, goal references rewritten).
/// </summary>
public sealed class AccountCopierTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Fact]
    public async Task Copies_answer_with_the_template_page_under_ids_of_their_own()
    {
        using var http = factory.CreateClient();
        var key = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey!;
        using var output = new StringWriter();
        var seeded = await CacheFootprintScenario.RunAsync(
            ["cache-footprint", "seed", "--url", http.BaseAddress!.ToString(), "--signing-key", key, "--users", "1", "--goals", "3", "--days", "12"],
            output);
        Assert.True(seeded == 0, output.ToString());

        var rows = new AccountCopier(factory.DatabasePath, output).Copy(CacheFootprintOptions.UserId(0), 1, 3, CacheFootprintOptions.UserId);

        Assert.True(rows > 2 * 30, output.ToString()); // two copies of 3 goals, their activities, day totals and user row
        var sender = new GraphQLSender(http, new LatencyRecorder());
        foreach (var copy in new[] { 1, 2 })
        {
            Assert.Null(await CopiedAccountCheck.DifferenceAsync(sender, factory.TokenFor(CacheFootprintOptions.UserId(0)),
                factory.TokenFor(CacheFootprintOptions.UserId(copy)), CancellationToken.None));
        }

        Assert.Equal(9, Count("SELECT COUNT(DISTINCT id) FROM goals WHERE owner_id LIKE 'footprint-%'"));
        Assert.Equal(Count("SELECT COUNT(*) FROM activities WHERE owner_id = 'footprint-00000'") * 3,
            Count("SELECT COUNT(DISTINCT id) FROM activities WHERE owner_id LIKE 'footprint-%'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM activities a JOIN goals g ON g.id = a.goal_id WHERE g.owner_id <> a.owner_id"));
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM notifications n JOIN goals g ON g.id = n.goal_id
            WHERE g.owner_id <> n.user_id OR (n.unique_key IS NOT NULL AND n.unique_key NOT LIKE n.goal_id || ':%')
            """));
    }

    [Fact]
    public async Task The_check_sees_an_account_whose_page_differs()
    {
        using var http = factory.CreateClient();
        var key = factory.Services.GetRequiredService<IOptions<AuthOptions>>().Value.SigningKey!;
        using var output = new StringWriter();
        Assert.Equal(0, await CacheFootprintScenario.RunAsync(
            ["cache-footprint", "seed", "--url", http.BaseAddress!.ToString(), "--signing-key", key, "--users", "6", "--from", "5", "--goals", "2", "--days", "3"],
            output));

        var sender = new GraphQLSender(http, new LatencyRecorder());
        var difference = await CopiedAccountCheck.DifferenceAsync(sender, factory.TokenFor(CacheFootprintOptions.UserId(5)),
            factory.TokenFor(CacheFootprintOptions.UserId(7)), CancellationToken.None);

        Assert.NotNull(difference); // account 7 was never seeded: an empty page
    }

    [Fact]
    public void A_copy_id_keeps_the_template_id_time_and_differs_between_copies_and_ids_of_one_millisecond()
    {
        const string first = "01M93XXFGY4XWVJHHAPASCEDXD", next = "01M93XXFGY4XWVJHHAPASCEDXE";

        Assert.Equal("01M93XXFGY00001HHAPASCEDXD", AccountCopier.CopyId(first, 1));
        Assert.Equal("01M93XXFGY009ZZHHAPASCEDXD", AccountCopier.CopyId(first, 10 * 32 * 32 - 1));
        Assert.NotEqual(AccountCopier.CopyId(first, 2), AccountCopier.CopyId(next, 2));
        Assert.Null(AccountCopier.CopyId(null, 1));
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
