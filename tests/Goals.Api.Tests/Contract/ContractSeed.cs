using Goals.Api.Tests.Activities;
using Goals.Api.Tests.Goals;
using Goals.Api.Tests.Support;
using Goals.Api.Tests.Vacations;
using NodaTime;
using NodaTime.Text;

namespace Goals.Api.Tests.Contract;

/// <summary>
/// What one user has before a contract operation runs — a goal started a week ago with two activities, a planned
/// vacation — and the placeholders (<c>{goalId}</c>, <c>{today}</c>, …) the operations' variables name them by.
/// </summary>
public sealed record ContractSeed(string GoalId, string ActivityId, string SpareActivityId, string VacationId, string TemplateId, LocalDate Today)
{
    public static async Task<ContractSeed> CreateAsync(GraphQLClient client)
    {
        var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        var goalId = await client.CreateIdAsync(new { title = "Read", pattern = "TARGET", target = 20, unit = "pages", startDate = Format(today.PlusDays(-7)) });
        var activityId = (await client.LogAsync(new { goalId, amount = 5 }))["activity"]!["id"]!.GetValue<string>();
        var spareActivityId = (await client.LogAsync(new { goalId, amount = 4, date = Format(today.PlusDays(-2)) }))["activity"]!["id"]!.GetValue<string>();
        var vacationId = await client.StartVacationIdAsync(new { from = Format(today.PlusDays(30)), to = Format(today.PlusDays(35)) });
        var templateId = (await client.DataAsync("{ templates { id } }"))["templates"]![0]!["id"]!.GetValue<string>();
        return new ContractSeed(goalId, activityId, spareActivityId, vacationId, templateId, today);
    }

    /// <summary>The variables text with every placeholder replaced.</summary>
    public string Fill(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace("{goalId}", GoalId, StringComparison.Ordinal)
            .Replace("{activityId}", ActivityId, StringComparison.Ordinal)
            .Replace("{spareActivityId}", SpareActivityId, StringComparison.Ordinal)
            .Replace("{vacationId}", VacationId, StringComparison.Ordinal)
            .Replace("{templateId}", TemplateId, StringComparison.Ordinal)
            .Replace("{today}", Format(Today), StringComparison.Ordinal)
            .Replace("{yesterday}", Format(Today.PlusDays(-1)), StringComparison.Ordinal)
            .Replace("{weekAgo}", Format(Today.PlusDays(-7)), StringComparison.Ordinal)
            .Replace("{inTwoMonths}", Format(Today.PlusDays(60)), StringComparison.Ordinal)
            .Replace("{inThreeMonths}", Format(Today.PlusDays(65)), StringComparison.Ordinal);
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
