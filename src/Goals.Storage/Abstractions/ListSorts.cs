namespace Goals.Storage.Abstractions;

public enum ActivitySortField { Date, OccurredAt, Amount }

/// <summary>One activity sort key; a list sorts lexicographically and the id breaks ties.</summary>
public sealed record ActivitySort(ActivitySortField Field, SortDirection Direction);

public enum NotificationSortField { Sequence, CreatedAt }

/// <summary>One inbox sort key; the (unique) sequence breaks ties.</summary>
public sealed record NotificationSort(NotificationSortField Field, SortDirection Direction);
