using System.Globalization;
using NodaTime;

namespace Goals.Benchmarks.Sweeps;

/// <param name="Today">The day of the first close: the seeded history ends on it and every user's first close runs then.</param>
internal sealed record SweepSetup(int Users, int GoalsPerUser, int Days, int Seed, LocalDate Today, string Directory)
{
    public static SweepSetup Parse(IReadOnlyList<string> args)
    {
        string Option(string name, string fallback)
        {
            var at = args.ToList().IndexOf($"--{name}");
            return at >= 0 && at + 1 < args.Count ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) =>
            int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new SweepSetup(
            Number("users", 2000), Number("goals", 5), Number("days", 90), Number("seed", 20261125),
            new LocalDate(2026, 11, 25), Option("dir", Path.Combine(Path.GetTempPath(), "goals-sweeps")));
    }

    /// <summary>The seeded file, reused by every run with the same setup (seeding is the slow part).</summary>
    public string TemplatePath => Path.Combine(Directory, $"seed-u{Users}-g{GoalsPerUser}-d{Days}-s{Seed}.db");

    public string DatabasePath => Path.Combine(Directory, "sweep.db");

}
