using Goals.Api.Common;

namespace Goals.Api.Activities;

/// <summary>The API's own bounds on an activity's free text; the domain rules live in ActivityValidator.</summary>
public static class ActivityRules
{
    public const int MaxNoteLength = 500;
    public const int MaxIdempotencyKeyLength = 128;

    public static IEnumerable<UseCaseError> CheckText(string? note, string? idempotencyKey)
    {
        if (note is { Length: > MaxNoteLength })
        {
            yield return new ValidationFailure("note", $"A note can hold at most {MaxNoteLength} characters.");
        }

        if (idempotencyKey is { } key && (key.Length is 0 or > MaxIdempotencyKeyLength))
        {
            yield return new ValidationFailure(
                "idempotencyKey", $"An idempotency key must be 1 to {MaxIdempotencyKeyLength} characters.");
        }
    }
}
