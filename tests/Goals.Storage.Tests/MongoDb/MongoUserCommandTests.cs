using Goals.Domain;
using Goals.Storage.Abstractions;
using MongoDB.Bson;
using NodaTime;

namespace Goals.Storage.Tests.MongoDb;

public sealed class MongoUserCommandTests : MongoCommandTest
{
    [Fact]
    public void Startup_pings_creates_every_index_and_looks_for_interrupted_activity_writes()
    {
        Verify("startup", StartupCommands);
    }

    [Fact]
    public async Task GetOrCreate_is_one_upsert_that_writes_only_on_insert()
    {
        Replies.FindAndModify("users", User("user-1"));

        var user = await VerifyAsync("users.GetOrCreate", () => Store<IUserStore>().GetOrCreateAsync("user-1", None));

        Assert.Equal("user-1", user.Id);
    }

    [Fact]
    public async Task SaveSettings_sets_the_calendar_and_keeps_the_creation_time()
    {
        Replies.FindAndModify("users", User("user-1"));
        var settings = new UserSettings(DateTimeZoneProviders.Tzdb["Europe/Berlin"], new LocalTime(4, 0), IsoDayOfWeek.Sunday);

        await VerifyAsync("users.SaveSettings", () => Store<IUserStore>().SaveSettingsAsync("user-1", settings, None));
    }

    [Fact]
    public async Task SaveStreakReminder_at_an_hour_sets_it_and_unsets_off()
    {
        Replies.FindAndModify("users", User("user-1"));

        await VerifyAsync("users.SaveStreakReminder.hour", () =>
            Store<IReminderPreferenceStore>().SaveStreakReminderAsync("user-1", StreakReminderChoice.At(7), None));
    }

    [Fact]
    public async Task SaveStreakReminder_off_sets_off_and_unsets_the_hour()
    {
        Replies.FindAndModify("users", User("user-1"));

        await VerifyAsync("users.SaveStreakReminder.off", () =>
            Store<IReminderPreferenceStore>().SaveStreakReminderAsync("user-1", StreakReminderChoice.Off, None));
    }

    [Fact]
    public async Task List_walks_users_in_id_order_after_the_last_one()
    {
        Replies.Find("users", User("user-2"));

        var users = await VerifyAsync("users.List", () => Store<IUserStore>().ListAsync("user-1", 50, None));

        Assert.Equal("user-2", Assert.Single(users).Id);
    }

    private BsonDocument User(string id) => new()
    {
        { "_id", id }, { "time_zone", "UTC" }, { "day_starts_at", "00:00:00" }, { "week_start", "Monday" },
        { "created_at", new BsonDateTime(Clock.GetCurrentInstant().ToUnixTimeMilliseconds()) },
        { "updated_at", new BsonDateTime(Clock.GetCurrentInstant().ToUnixTimeMilliseconds()) },
    };
}
