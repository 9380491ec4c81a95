using Goals.Api.Common;
using Goals.Api.Users;
using Goals.Storage.Abstractions;
using NodaTime;

namespace Goals.Api.Vacations;

/// <param name="Vacation">The vacation as it stands now; null when it started today and so was removed.</param>
public sealed record EndedVacation(PauseWindow? Vacation);

/// <summary>Vacations: pauses of all of a user's goals at once, stored as pause windows without a goal.</summary>
public sealed class VacationService(IExcusalStore excusals, IUserStore users, IClock clock)
{
    /// <summary>The user's vacations, oldest first.</summary>
    public Task<IReadOnlyList<PauseWindow>> ListAsync(string userId, CancellationToken cancellationToken) =>
        excusals.ListVacationsAsync(userId, cancellationToken);

    public async Task<PauseWindow?> GetAsync(string userId, string key, CancellationToken cancellationToken) =>
        (await ListAsync(userId, cancellationToken)).FirstOrDefault(vacation => vacation.Id == key);

    public async Task<Outcome<PauseWindow>> StartAsync(string userId, StartVacationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = await users.TodayAsync(userId, clock, cancellationToken);
        var from = input.From ?? today;
        var errors = VacationRules.Check(from, input.To, today);
        if (errors.Count > 0)
            return Outcome.Failure<PauseWindow>(errors);
        if (VacationRules.Clash(from, input.To, await ListAsync(userId, cancellationToken)) is { } clash)
            return clash;

        var vacation = await excusals.AddPauseAsync(userId, null, from, input.To, cancellationToken);

        // Starts racing past the check above: each one looks again after its insert and takes its vacation back when it
        // meets another, so two overlapping vacations never both stay (at worst both starts are refused).
        var others = (await ListAsync(userId, cancellationToken)).Where(other => other.Id != vacation.Id);
        if (VacationRules.Clash(from, input.To, others) is { } raced)
        {
            await excusals.DeletePauseAsync(userId, vacation.Id, cancellationToken);
            return raced;
        }

        return vacation;
    }

    /// <summary>
    /// Ends the given vacation, or the one running today, so that today and later are judged again: it ends yesterday,
    /// or is removed when it started today. Past days stay excused; other vacations (a planned trip) are not touched.
    /// </summary>
    public async Task<Outcome<EndedVacation>> EndAsync(string userId, string? id, CancellationToken cancellationToken)
    {
        // Null: the vacation changed between the read and the write (ended or deleted concurrently); judge it again.
        var outcome = await EndOnceAsync(userId, id, cancellationToken) ?? await EndOnceAsync(userId, id, cancellationToken);
        return outcome ?? VacationRules.NotFound(id);
    }

    /// <summary>Deletes a vacation that has not started yet; a started one is ended instead, its past days kept.</summary>
    public async Task<UseCaseError?> DeleteAsync(string userId, string id, CancellationToken cancellationToken)
    {
        var vacation = VacationIds.TryDecode(id, out var key) ? await GetAsync(userId, key, cancellationToken) : null;
        if (vacation is null)
            return VacationRules.NotFound(id);
        if (vacation.From <= await users.TodayAsync(userId, clock, cancellationToken))
            return new InvalidState("This vacation has started: end it with endVacation; its past days stay excused.");
        return await excusals.DeletePauseAsync(userId, vacation.Id, cancellationToken) ? null : VacationRules.NotFound(id);
    }

    private async Task<Outcome<EndedVacation>?> EndOnceAsync(string userId, string? id, CancellationToken cancellationToken)
    {
        var today = await users.TodayAsync(userId, clock, cancellationToken);
        var vacations = await ListAsync(userId, cancellationToken);
        PauseWindow? vacation;
        if (id is null)
        {
            vacation = vacations.FirstOrDefault(candidate => candidate.ToInterval().Contains(today));
            if (vacation is null)
                return new InvalidState("No vacation is running today.");
        }
        else
        {
            vacation = VacationIds.TryDecode(id, out var key) ? vacations.FirstOrDefault(candidate => candidate.Id == key) : null;
            if (vacation is null)
                return VacationRules.NotFound(id);
        }

        if (vacation.From > today)
            return new InvalidState("This vacation has not started yet: delete it with deleteVacation.");
        if (vacation.To < today)
            return new InvalidState("This vacation is already over.");
        if (!await excusals.EndPauseAsync(userId, vacation.Id, today, cancellationToken))
            return null;
        return new EndedVacation(vacation.From < today ? vacation with { To = today.PlusDays(-1) } : null);
    }
}
