namespace Goals.Api.Tests.Progress;

/// <summary>Cumulative goals: 22 of 24 books read by the 25th, against the straight line from start to deadline.</summary>
public sealed partial class PatternProgressTests
{
    [Fact]
    public async Task Cumulative_ahead_of_the_line_reports_pace_buffer_and_projection()
    {
        using var scenario = await CumulativeAsync("cumulative-ahead", deadline: "2026-11-30");

        var progress = await scenario.ProgressAsync();

        Assert.Equal(("2026-11-01", "2026-11-30", "AHEAD"), (progress.Text("periodStart"), progress.Text("periodEnd"), progress.Text("state")));
        Assert.Equal((22d, 24d, 2d), (progress.Number("current"), progress.Number("target"), progress.Number("remaining")));
        Assert.Equal(22d / 24, progress.Number("fraction"), 10);
        // elapsed 25 of 30 days: expected 24·25/30 = 20; buffer floor(22·30/24) − 25 = 2;
        // last 14 days (12..25) hold 12: 2 / (12/14) = 2.33 → 3 days → 2026-11-28.
        Assert.Equal(20d, progress.Number("expected"), 10);
        Assert.Equal(2, progress["safetyBufferDays"]!.GetValue<int>());
        Assert.Equal("2026-11-28", progress.Text("projectedCompletion"));
    }

    [Fact]
    public async Task Cumulative_below_the_line_is_behind_with_a_negative_buffer()
    {
        using var scenario = await CumulativeAsync("cumulative-behind", deadline: "2026-11-30");

        var progress = await scenario.ProgressAsync("2026-11-24");

        // elapsed 24: expected 19.2 > 16; buffer floor(16·30/24) − 24 = −4; last 14 days (11..24) hold 6:
        // 8 / (6/14) = 18.67 → 19 days → 2026-12-13.
        Assert.Equal(("BEHIND", 16d, 8d), (progress.Text("state"), progress.Number("current"), progress.Number("remaining")));
        Assert.Equal(19.2, progress.Number("expected"), 10);
        Assert.Equal(-4, progress["safetyBufferDays"]!.GetValue<int>());
        Assert.Equal("2026-12-13", progress.Text("projectedCompletion"));
    }

    [Fact]
    public async Task Cumulative_without_a_deadline_is_on_track_without_a_pace_line()
    {
        using var scenario = await CumulativeAsync("cumulative-open", deadline: null);

        var progress = await scenario.ProgressAsync();

        Assert.Equal(("ON_TRACK", "2026-11-25", 22d), (progress.Text("state"), progress.Text("periodEnd"), progress.Number("current")));
        Assert.Null(progress["expected"]);
        Assert.Null(progress["safetyBufferDays"]);
        Assert.Equal("2026-11-28", progress.Text("projectedCompletion"));
    }

    private async Task<ProgressScenario> CumulativeAsync(string user, string? deadline) =>
        await (await new ProgressScenario(host, user).WithGoalAsync(new
            {
                title = "Read 24 books", pattern = "CUMULATIVE", target = 24, unit = "books", startDate = "2026-11-01", deadline,
            }))
            .LogAsync((10, "2026-11-01"), (6, "2026-11-20"), (6, "2026-11-25"));
}
