using Goals.Domain;
using Goals.Server.Relay;
using NodaTime;

namespace Goals.Api.Tests.Activities;

public sealed class LogActivityRulesTests(ActivitiesHost host) : IClassFixture<ActivitiesHost>
{
    [Fact]
    public async Task An_occurred_at_and_a_date_that_disagree_are_refused_and_nothing_is_stored()
    {
        var goal = await host.SeedGoalAsync("disagree");
        using var client = host.ClientFor("disagree");

        var payload = await client.LogAsync(new { goalId = goal.Id, occurredAt = "2026-11-23T10:00:00Z", date = "2026-11-22" });

        Assert.Equal(["ValidationError:date"], payload.ErrorList());
        Assert.Null(payload["activity"]);
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Theory]
    [InlineData(GoalPattern.Habit, 0, "ValidationError:amount")]
    [InlineData(GoalPattern.Frequency, 0, "ValidationError:amount")]
    [InlineData(GoalPattern.Cumulative, 0, "ValidationError:amount")]
    [InlineData(GoalPattern.Target, 0, null)]
    [InlineData(GoalPattern.Limit, 0, null)]
    [InlineData(GoalPattern.Limit, -1, "ValidationError:amount")]
    [InlineData(GoalPattern.Target, 1_000_000_001, "ValidationError:amount")]
    [InlineData(GoalPattern.Cumulative, 1_000_000_000, null)]
    public async Task Amounts_follow_the_rules_of_the_goal_pattern(GoalPattern pattern, double amount, string? error)
    {
        var owner = $"amounts-{pattern}-{amount}";
        var goal = await host.SeedGoalAsync(owner, pattern, target: 2_000_000_000, period: GoalPeriod.Week);
        using var client = host.ClientFor(owner);

        var payload = await client.LogAsync(new { goalId = goal.Id, amount });

        Assert.Equal(error is null ? [] : [error], payload.ErrorList());
        Assert.Equal(error is null ? [$"2026-11-24={amount}/1"] : [], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_log_for_a_future_local_date_is_refused()
    {
        var goal = await host.SeedGoalAsync("future");
        using var client = host.ClientFor("future");

        var byDate = await client.LogAsync(new { goalId = goal.Id, date = "2026-11-25" });
        var byInstant = await client.LogAsync(new { goalId = goal.Id, occurredAt = "2026-11-25T00:00:00Z" });

        Assert.Equal(["ValidationError:date"], byDate.ErrorList());
        Assert.Equal(["ValidationError:date"], byInstant.ErrorList());
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_log_before_the_goal_start_date_is_refused()
    {
        var goal = await host.SeedGoalAsync("early-bird", startDate: new LocalDate(2026, 11, 10));
        using var client = host.ClientFor("early-bird");

        var before = await client.LogAsync(new { goalId = goal.Id, date = "2026-11-09" });
        var onStart = await client.LogAsync(new { goalId = goal.Id, date = "2026-11-10" });

        Assert.Equal(["ValidationError:date"], before.ErrorList());
        Assert.Empty(onStart.ErrorList());
        Assert.Equal(["2026-11-10=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task An_archived_goal_refuses_logs_with_an_invalid_state_error()
    {
        var goal = await host.SeedGoalAsync("archivist", status: GoalStatus.Archived);
        using var client = host.ClientFor("archivist");

        var payload = await client.LogAsync(new { goalId = goal.Id });

        Assert.Equal(["InvalidStateError"], payload.ErrorList());
        Assert.Null(payload["goal"]);
        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Another_users_goal_is_not_found_exactly_like_an_unknown_or_malformed_id()
    {
        var goal = await host.SeedGoalAsync("goal-owner");
        using var intruder = host.ClientFor("intruder");
        var unknown = GlobalId.Encode("Goal", "no-such-goal");
        var wrongType = GlobalId.Encode("User", "intruder");

        foreach (var id in new[] { goal.Id, unknown, wrongType, "not-an-id" })
        {
            var payload = await intruder.LogAsync(new { goalId = id });

            Assert.Equal(["NotFoundError"], payload.ErrorList());
            Assert.Equal(id, payload["errors"]![0].Text("id"));
        }

        Assert.Empty(await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task A_note_may_hold_500_characters_but_not_501()
    {
        var goal = await host.SeedGoalAsync("writer");
        using var client = host.ClientFor("writer");

        var longest = await client.LogAsync(new { goalId = goal.Id, note = new string('n', 500) });
        var tooLong = await client.LogAsync(new { goalId = goal.Id, note = new string('n', 501) });

        Assert.Empty(longest.ErrorList());
        Assert.Equal(["ValidationError:note"], tooLong.ErrorList());
        Assert.Equal(["2026-11-24=1/1"], await host.DayTotalsAsync(goal.Key));
    }

    [Fact]
    public async Task Every_broken_rule_of_one_log_is_reported_together()
    {
        var goal = await host.SeedGoalAsync("careless");
        using var client = host.ClientFor("careless");

        var payload = await client.LogAsync(new { goalId = goal.Id, amount = 0, date = "2026-12-01", note = new string('n', 501) });

        Assert.Equal(["ValidationError:amount", "ValidationError:date", "ValidationError:note"], payload.ErrorList());
    }
}
