using Goals.Domain;
using Goals.Storage.Abstractions;
using Goals.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Goals.Storage.Tests.Sqlite;

/// <summary>The schema version recorded in the file, and upgrades of files written by earlier versions.</summary>
public sealed class SqliteMigrationTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task The_file_is_in_WAL_mode_with_the_schema_version_recorded()
    {
        await using var connection = await OpenAsync();

        Assert.Equal("wal", await SqliteFile.ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(AllVersions, await SqliteFile.ScalarAsync(connection, "SELECT group_concat(version) FROM schema_migrations;"));
    }

    [Fact]
    public async Task Initializing_again_applies_nothing_twice()
    {
        await fixture.Services.InitializeGoalsStorageAsync();
        await using var connection = await OpenAsync();

        Assert.Equal($"{SqliteMigrations.All.Count}", await SqliteFile.ScalarAsync(connection, "SELECT COUNT(*) FROM schema_migrations;"));
    }

    [Fact]
    public async Task A_file_at_an_older_version_gets_only_the_later_migrations()
    {
        await using (var connection = await OpenAsync())
        {
            await SqliteFile.ScalarAsync(connection, $"DROP TABLE insight_sets; {UndoMigration3} {UndoLaterMigrations} DELETE FROM schema_migrations WHERE version >= 2; SELECT 1;");
        }

        await fixture.Services.InitializeGoalsStorageAsync();
        await using var upgraded = await OpenAsync();

        Assert.Equal(AllVersions, await SqliteFile.ScalarAsync(upgraded, "SELECT group_concat(version) FROM schema_migrations;"));
        Assert.Equal("0", await SqliteFile.ScalarAsync(upgraded, "SELECT COUNT(*) FROM insight_sets;"));
    }

    [Fact]
    public async Task A_user_stored_before_reminder_choices_follows_the_server_default_after_the_upgrade()
    {
        var users = fixture.Services.GetRequiredService<IUserStore>();
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["America/New_York"], new LocalTime(5, 0), IsoDayOfWeek.Sunday);
        var before = await users.SaveSettingsAsync("upgrade|" + Guid.NewGuid().ToString("N"), settings, CancellationToken.None);
        await using (var connection = await OpenAsync())
        {
            await SqliteFile.ScalarAsync(connection, $"{UndoMigration3} {UndoLaterMigrations} DELETE FROM schema_migrations WHERE version >= 3; SELECT 1;");
            Assert.Equal("1,2", await SqliteFile.ScalarAsync(connection, "SELECT group_concat(version) FROM schema_migrations;"));
        }

        await fixture.Services.InitializeGoalsStorageAsync();
        var after = await users.GetOrCreateAsync(before.Id, CancellationToken.None);
        var chosen = await fixture.Services.GetRequiredService<IReminderPreferenceStore>()
            .SaveStreakReminderAsync(before.Id, StreakReminderChoice.At(7), CancellationToken.None);

        Assert.Equal(before, after);
        Assert.Null(after.StreakReminder);
        Assert.Equal(StreakReminderChoice.At(7), chosen.StreakReminder);
        await using var upgraded = await OpenAsync();
        Assert.Equal(AllVersions, await SqliteFile.ScalarAsync(upgraded, "SELECT group_concat(version) FROM schema_migrations;"));
    }

    [Fact]
    public async Task Goals_and_day_totals_stored_before_data_versions_start_at_1_and_keep_counting()
    {
        var owner = "upgrade|" + Guid.NewGuid().ToString("N");
        var goal = await fixture.Services.GetRequiredService<IGoalStore>().CreateAsync(
            new NewGoal(owner, "Run", null, GoalCategory.Fitness, GoalPattern.Target, 5, "km", GoalPeriod.Day,
                GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null),
            CancellationToken.None);
        var activities = fixture.Services.GetRequiredService<IActivityStore>();
        var day = new LocalDate(2026, 11, 3);
        await activities.AppendAsync(new NewActivity(owner, goal.Id, Instant.FromUtc(2026, 11, 3, 9, 0), day, 2), CancellationToken.None);
        await using (var connection = await OpenAsync())
        {
            await SqliteFile.ScalarAsync(connection, $"{UndoMigrations8And9} {UndoMigrations6And7} {UndoMigration5} DELETE FROM schema_migrations WHERE version >= 5; SELECT 1;");
        }

        await fixture.Services.InitializeGoalsStorageAsync();
        var upgraded = await fixture.Services.GetRequiredService<IGoalStore>().GetAsync(owner, goal.Id, CancellationToken.None);
        await activities.AppendAsync(new NewActivity(owner, goal.Id, Instant.FromUtc(2026, 11, 3, 10, 0), day, 0.5), CancellationToken.None);

        Assert.Equal(1, upgraded!.DataVersion);
        Assert.Equal(2, (await fixture.Services.GetRequiredService<IGoalStore>().GetAsync(owner, goal.Id, CancellationToken.None))!.DataVersion);
        Assert.Equal([new DayTotal(day, 2.5, 2)], await activities.GetDayTotalsAsync(goal.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task Users_and_goals_stored_before_goals_versions_are_kept_and_start_at_goals_version_0()
    {
        var services = fixture.Services;
        var before = await services.GetRequiredService<IUserStore>().GetOrCreateAsync(
            "upgrade|" + Guid.NewGuid().ToString("N"), CancellationToken.None);
        var owner = before.Id;
        var goal = await services.GetRequiredService<IGoalStore>().CreateAsync(
            new NewGoal(owner, "Read", null, GoalCategory.Learning, GoalPattern.Habit, 1, null, GoalPeriod.Day,
                GoalDefinition.EveryDay, null, new LocalDate(2026, 11, 1), null),
            CancellationToken.None);
        await using (var connection = await OpenAsync())
        {
            await SqliteFile.ScalarAsync(connection, $"{UndoMigrations8And9} DELETE FROM schema_migrations WHERE version >= 8; SELECT 1;");
        }

        await services.InitializeGoalsStorageAsync();
        var upgraded = await services.GetRequiredService<IUserStore>().GetOrCreateAsync(owner, CancellationToken.None);
        await services.GetRequiredService<IExcusalStore>().AddSkipAsync(goal.Id, new LocalDate(2026, 11, 2), CancellationToken.None);

        Assert.Equal(before, upgraded);
        Assert.Equal(0, upgraded.GoalsVersion);
        Assert.NotNull(await services.GetRequiredService<IGoalStore>().GetAsync(owner, goal.Id, CancellationToken.None));
        Assert.Equal(1, (await services.GetRequiredService<IUserStore>().GetOrCreateAsync(owner, CancellationToken.None)).GoalsVersion);
    }

    // Takes a file back to the schema it had before migrations 8 and 9 (goals version, checkpoints).
    private const string UndoMigrations8And9 =
        "DROP TABLE evaluation_checkpoints; ALTER TABLE users DROP COLUMN goals_version;";

    // Takes a file back to the tables it had before migration 5.
    private const string UndoMigration5 =
        "ALTER TABLE goals DROP COLUMN data_version; ALTER TABLE users DROP COLUMN data_version; "
        + "ALTER TABLE day_totals DROP COLUMN amount_error;";

    // Takes a file back to the users table it had before migration 3.
    private const string UndoMigration3 =
        "ALTER TABLE users DROP COLUMN streak_reminder_hour; ALTER TABLE users DROP COLUMN streak_reminder_off;";

    // Takes a file back to the indexes it had before migration 4.
    private const string UndoMigration4 =
        "DROP INDEX goals_owner_start; DROP INDEX activities_goal_occurred; DROP INDEX activities_goal_amount; "
        + "DROP INDEX notifications_user_created;";

    // Takes a file back to the schema it had before migrations 6 and 7 (per-goal reminders, co-occurrences).
    private const string UndoMigrations6And7 = "DROP TABLE co_occurrences; ALTER TABLE goals DROP COLUMN reminder_time;";

    // Takes a file back to the schema it had before the migrations after 3, newest first.
    private const string UndoLaterMigrations =
        UndoMigrations8And9 + " " + UndoMigrations6And7 + " " + UndoMigration5 + " " + UndoMigration4;

    private static string AllVersions => string.Join(",", Enumerable.Range(1, SqliteMigrations.All.Count));

    private Task<SqliteConnection> OpenAsync() => SqliteFile.OpenAsync(fixture.FilePath);
}
