namespace Goals.Api.Scheduling;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    /// <summary>False keeps this replica's scheduler off (the services stay available to the <c>jobs run</c> command).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each sweep runs; every user whose local boundary passed since the last one is handled.</summary>
    public int SweepMinutes { get; set; } = 10;

    /// <summary>
    /// How long after start-up the first sweep runs. The scheduler itself starts only once the host has started, so
    /// the default runs the first sweep right away: a restarted replica catches up at once.
    /// </summary>
    public int StartDelaySeconds { get; set; }

    /// <summary>
    /// The user-local hour from which STREAK_AT_RISK reminders go out for users who have not chosen their own
    /// (<c>User.streakReminderHour</c>).
    /// </summary>
    public int ReminderHour { get; set; } = 20;

    /// <summary>How long a replica holds a job's lease; a crashed replica's lease expires after this.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>
    /// The longest one run may take. The lease is renewed every third of <see cref="LeaseSeconds"/> while a run works;
    /// past this limit the run is cancelled and renewing stops, so a hung sweep cannot hold the lease for ever.
    /// </summary>
    public int MaxRunMinutes { get; set; } = 60;

    /// <summary>The oldest day a first close (no checkpoint yet) goes back to.</summary>
    public int MaxCatchUpDays { get; set; } = 62;

    /// <summary>This replica's lease owner name; defaults to machine name and process id.</summary>
    public string? InstanceId { get; set; }
}
