using Goals.Api.Insights;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Scheduling;

/// <summary>
/// The reminder sweep: STREAK_AT_RISK from the user's own local hour (the server default until they choose, never
/// once they turned it off), BEHIND_PACE near a CUMULATIVE deadline, and WEEKLY_SUMMARY on the first day of the
/// user's week. Each notification's key is per (kind, user, goal, local date),
/// so sweeping every few minutes stores each one once.
/// </summary>
public sealed class ReminderService(
    UserSweep users, GoalPortfolioReader portfolios, INotificationStore notifications, IOptions<JobsOptions> options)
{
    public async Task<JobRunResult> SweepAsync(Instant now, CancellationToken cancellationToken)
    {
        var processed = 0;
        var written = 0;
        await foreach (var user in users.AllAsync(cancellationToken))
        {
            var portfolio = (await portfolios.ReadAsync(user, cancellationToken)) with { Today = user.Settings.Today(now) };
            var hour = ReminderRules.StreakReminderHour(portfolio.User, options.Value.ReminderHour);
            foreach (var reminder in ReminderRules.Due(portfolio, now, hour))
            {
                written += (await notifications.AddAsync(reminder, cancellationToken)).Created ? 1 : 0;
            }

            processed++;
        }

        return new JobRunResult(JobNames.Reminders, processed, written);
    }
}
