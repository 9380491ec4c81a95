using System.Diagnostics.Metrics;
using Goals.Domain;

namespace Goals.Api.Activities;

/// <summary>Activities stored, by the pattern of their goal, on the <c>Goals.Activities</c> meter.</summary>
public sealed class ActivityMetrics
{
    public const string MeterName = "Goals.Activities";

    private readonly Counter<long> _logged;

    public ActivityMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _logged = meters.Create(MeterName)
            .CreateCounter<long>("goals_activities_logged", description: "Activities stored (not replays of a key), by goal pattern.");
    }

    /// <summary>Counts a new activity; a replayed idempotency key stored nothing and counts nothing.</summary>
    public void Appended(GoalPattern pattern, bool created)
    {
        if (created)
        {
            _logged.Add(1, new KeyValuePair<string, object?>("pattern", pattern.ToString().ToUpperInvariant()));
        }
    }
}
