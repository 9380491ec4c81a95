using Goals.Api.GoalState;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// The reminder sweep: STREAK_AT_RISK from the user's own local hour (the server default until they choose, never
/// once they turned it off), BEHIND_PACE near a CUMULATIVE deadline, and WEEKLY_SUMMARY on the first day of the
/// user's week. Each notification's key is per (kind, user, goal, local date),
/// so sweeping every few minutes stores each one once; a user whose reminders failed is simply tried again by the
/// next sweep (each user runs on its own, <see cref="UserSweep.EachAsync"/>).
/// </summary>
public sealed class ReminderService(
    UserSweep users, GoalPortfolioReader portfolios, INotificationStore notifications, IOptions<JobsOptions> options)
{
    public async Task<JobRunResult> SweepAsync(Instant now, CancellationToken cancellationToken)
    {
        var tally = await users.EachAsync(JobNames.Reminders, async (user, token) =>
        {
            var portfolio = (await portfolios.ReadAsync(user, token)) with { Today = user.Settings.Today(now) };
            var hour = ReminderRules.StreakReminderHour(portfolio.User, options.Value.ReminderHour);
            var written = 0;
            foreach (var reminder in ReminderRules.Due(portfolio, now, hour))
            {
                written += (await notifications.AddAsync(reminder, token)).Created ? 1 : 0;
            }

            return written;
        }, cancellationToken);
        return new JobRunResult(JobNames.Reminders, tally.Processed, tally.Written, UsersFailed: tally.Failed);
    }
}
