using Goals.Api.Common;
using NodaTime;

namespace Goals.Api.Goals;

/// <summary>
/// The rule of <c>reminderTime</c> on createGoal and updateGoal: whole minutes only. Sweeps run every few minutes, so
/// seconds would promise a precision nobody gets, and a stored "07:30:15" would read back as a surprise.
/// </summary>
public static class ReminderTimeRule
{
    public const string Field = "reminderTime";

    public static IEnumerable<UseCaseError> Check(LocalTime? reminderTime)
    {
        if (reminderTime is { } time && (time.Second != 0 || time.NanosecondOfSecond != 0))
        {
            yield return new ValidationFailure(Field, "A reminder time is given in whole minutes (HH:mm), e.g. 07:30.");
        }
    }
}
