using Goals.Api.GoalState;
using System.Text;
using Goals.Api.Infrastructure;
using Goals.Api.Insights;
using Goals.Domain.Calendar;
using Goals.Storage.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Goals.Api.Import;

/// <summary>
/// Imports a file into the caller's account: checks the size, parses it whole (nothing is written for a file that
/// cannot be read at all), then stores what is new. Goals are matched by title, pattern and start date and activities
/// by content keys, so the same file twice stores nothing new.
/// </summary>
public sealed class ImportService(
    IUserStore users, IReminderPreferenceStore reminders, IExcusalStore excusals, IGoalStore goals,
    ImportWriter writer, IDateTimeZoneProvider zones, IClock clock, IOptions<ImportOptions> options)
{
    public async Task<ImportDataPayload> ImportAsync(string userId, ImportDataInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var files = input.Files ?? [];
        var bytes = Encoding.UTF8.GetByteCount(input.Content ?? string.Empty) + files.Sum(file => (long)Encoding.UTF8.GetByteCount(file.Content));
        var max = options.Value.MaxBytes;
        if (bytes > max)
        {
            return Refused($"The import holds {bytes} bytes; at most {max} (Import:MaxBytes) are accepted.");
        }

        var user = await users.GetOrCreateAsync(userId, cancellationToken);
        ImportedAccount account;
        switch (input.Format)
        {
            case ImportFormat.Json when input.Content is { } content:
                account = JsonImportParser.Parse(content, zones);
                break;
            case ImportFormat.LoopCsv when Find(files, LoopCsvImportParser.HabitsFile) is { } habits
                                           && Find(files, LoopCsvImportParser.CheckmarksFile) is { } checkmarks:
                account = LoopCsvImportParser.Parse(habits, checkmarks, user.Settings, user.Settings.Today(clock.GetCurrentInstant()));
                break;
            default:
                return Refused(input.Format == ImportFormat.Json
                    ? "A JSON import needs `content`."
                    : $"A LOOP_CSV import needs the files {LoopCsvImportParser.HabitsFile} and {LoopCsvImportParser.CheckmarksFile}.");
        }

        if (account.Goals.Count == 0 && account.Settings is null && account.Errors.Count > 0)
        {
            return new ImportDataPayload(0, 0, 0, account.Errors);
        }

        if (account.Settings is { } settings)
            await users.SaveSettingsAsync(userId, settings, cancellationToken);
        if (account.Reminder is { } reminder)
            await reminders.SaveStreakReminderAsync(userId, reminder, cancellationToken);
        var vacations = await excusals.ListVacationsAsync(userId, cancellationToken);
        foreach (var (from, to) in account.Vacations.Where(v => !vacations.Any(known => known.From == v.From && known.To == v.To)))
            await excusals.AddPauseAsync(userId, null, from, to, cancellationToken);

        var existing = await GoalPortfolioReader.ListAllAsync(userId, ListFilter.None, goals, cancellationToken);
        var today = (account.Settings ?? user.Settings).Today(clock.GetCurrentInstant());
        var tally = await writer.WriteAsync(userId, account.Goals, existing, today, cancellationToken);
        var errors = account.Errors.Concat(tally.Errors).ToList();
        return new ImportDataPayload(tally.Goals, tally.Activities, tally.Skipped, errors.Count > 0 ? errors : null);
    }

    private static string? Find(IReadOnlyList<ImportFileInput> files, string name) =>
        files.FirstOrDefault(file => Path.GetFileName(file.Name).Equals(name, StringComparison.OrdinalIgnoreCase))?.Content;

    private static ImportDataPayload Refused(string message) => new(0, 0, 0, [new ImportRowError(message, null, null)]);
}
