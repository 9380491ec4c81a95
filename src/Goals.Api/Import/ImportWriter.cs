using Goals.Api.Infrastructure;
using Goals.Domain;
using Goals.Domain.Validation;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Import;

/// <summary>What one import stored and refused.</summary>
public sealed record ImportTally(int Goals, int Activities, int Skipped, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// Stores parsed goals with their skips, pauses and activities, each checked by the same rules as the API; a goal
/// already there (same title, pattern and start date) is reused, an activity already there (same key) is skipped.
/// Imported history raises no milestone or completion notifications: it is the past.
/// </summary>
public sealed class ImportWriter(IGoalStore goals, IActivityStore activities, IExcusalStore excusals, IOptions<GoalsOptions> options)
{
    public async Task<ImportTally> WriteAsync(
        string userId, IReadOnlyList<ImportedGoal> imported, IReadOnlyList<GoalRecord> existing, LocalDate today,
        CancellationToken cancellationToken)
    {
        int created = 0, logged = 0, skipped = 0;
        var errors = new List<ImportRowError>();
        foreach (var goal in imported)
        {
            var draft = goal.Draft with { OwnerId = userId };
            var definition = new GoalDefinition(draft.Pattern, draft.Target, draft.Period, draft.Schedule, draft.MinAmount, draft.StartDate, draft.Deadline);
            var invalid = GoalValidator.Validate(draft.Title, draft.Unit, definition, draft.Description);
            if (invalid.Count > 0)
            {
                errors.Add(goal.Source with { Message = $"{goal.Source.Message}: {string.Join(" ", invalid.Select(e => e.Message))}" });
                continue;
            }

            var stored = existing.FirstOrDefault(known => known.Title == draft.Title && known.Pattern == draft.Pattern && known.StartDate == draft.StartDate);
            if (stored is not null)
            {
                skipped++;
            }
            else
            {
                stored = draft.Status == GoalStatus.Archived
                    ? await goals.CreateAsync(draft, cancellationToken)
                    : await goals.CreateWithinLimitAsync(draft, options.Value.MaxGoalsPerUser, cancellationToken);
                if (stored is null)
                {
                    errors.Add(goal.Source with { Message = $"{goal.Source.Message}: the limit of {options.Value.MaxGoalsPerUser} goals that are not archived is reached." });
                    continue;
                }

                created++;
            }

            foreach (var day in goal.Skips)
                await excusals.AddSkipAsync(stored.Id, day, cancellationToken);
            var pauses = (await excusals.GetForGoalsAsync(userId, [stored.Id], cancellationToken)).GetValueOrDefault(stored.Id)?.Pauses ?? [];
            foreach (var (from, to) in goal.Pauses.Where(p => !pauses.Any(known => known.GoalId == stored.Id && known.From == p.From && known.To == p.To)))
                await excusals.AddPauseAsync(userId, stored.Id, from, to, cancellationToken);

            foreach (var activity in goal.Activities)
            {
                var refused = ActivityValidator.Validate(stored.Pattern, activity.Amount, activity.Date, stored.StartDate, today);
                if (refused.Count > 0)
                {
                    errors.Add(activity.Source with { Message = $"{activity.Source.Message}: {string.Join(" ", refused.Select(e => e.Message))}" });
                    continue;
                }

                var appended = await activities.AppendAsync(
                    new NewActivity(userId, stored.Id, activity.OccurredAt, activity.Date, activity.Amount, activity.Note, activity.Key),
                    cancellationToken);
                if (appended.Outcome == AppendOutcome.Created)
                    logged++;
                else
                    skipped++;
            }
        }

        return new ImportTally(created, logged, skipped, errors);
    }
}
