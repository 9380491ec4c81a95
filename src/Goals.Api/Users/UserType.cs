using Goals.Api.GraphQL.Enums;
using Goals.Api.GraphQL.Scalars;
using Goals.Domain;
using Goals.Paging;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Goals.Api.Users;

public sealed class UserType : ObjectGraphType<UserRecord>
{
    public const string StreakReminderHourField = "streakReminderHour";

    public UserType()
    {
        Name = "User";
        Description = "The signed-in user and the calendar every local date of theirs is read in.";
        this.ImplementNode(user => user.Id);
        Field<NonNullGraphType<StringGraphType>>("timeZone")
            .Description("IANA time zone id, e.g. Europe/Berlin.").Resolve(context => context.Source.Settings.TimeZone.Id);
        Field<NonNullGraphType<LocalTimeGraphType>>("dayStartsAt")
            .Description("When the user's day starts; 04:00 makes a 01:30 log count for the day before.")
            .Resolve(context => context.Source.Settings.DayStartsAt);
        Field<NonNullGraphType<DayOfWeekGraphType>>("weekStart")
            .Description("The first day of the user's week.").Resolve(context => context.Source.Settings.WeekStart);
        Field<IntGraphType>(StreakReminderHourField)
            .Description("The local hour (0–23) from which STREAK_AT_RISK reminders go out; the server's default until the user chooses, null when the user turned them off.")
            .Resolve(context => StreakReminderDefaults.HourFor(
                context.Source, context.RequestServices!.GetRequiredService<IOptions<StreakReminderDefaults>>().Value.ReminderHour));
        Field<NonNullGraphType<IntGraphType>>("activeGoalCount")
            .Description("How many of the user's goals are ACTIVE.")
            .ResolveAsync(async context =>
            {
                var goals = context.RequestServices!.GetRequiredService<IGoalStore>();
                var page = await goals.ListAsync(
                    context.Source.Id, new FieldCondition("status", FilterOperator.Eq, GoalStatus.Active), GoalSort.Default,
                    PageRequest.First(1), context.CancellationToken);
                return page.TotalCount;
            });
    }
}
