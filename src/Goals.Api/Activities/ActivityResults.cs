using Goals.Storage.Abstractions;

namespace Goals.Api.Activities;

/// <summary>An activity as stored by a use case, with its goal as it stands afterwards (completed, maybe).</summary>
public sealed record LoggedActivity(ActivityRecord Activity, GoalRecord? Goal);

public sealed record DeletedActivity(ActivityRecord Activity, GoalRecord? Goal);
