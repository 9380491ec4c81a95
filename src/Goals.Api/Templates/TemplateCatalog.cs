using Goals.Domain;
using static Goals.Domain.GoalCategory;
using static Goals.Domain.GoalPattern;
using static Goals.Domain.GoalPeriod;

namespace Goals.Api.Templates;

/// <summary>The built-in templates, in the order they are listed: every category and every pattern is covered.</summary>
public static class TemplateCatalog
{
    public static IReadOnlyList<GoalTemplate> All { get; } =
    [
        new("drink-water", "Drink 8 glasses daily", "Log each glass; the day counts once you reach eight.",
            Health, Target, 8, "glasses", Day),
        new("limit-coffee", "At most 2 coffees a day", "Log every coffee; a day stays clean while you stay at two or fewer.",
            Health, Limit, 2, "coffees", Day),
        new("take-vitamins", "Take your vitamins", "One tick a day when you have taken them.", Health, Habit, 1, null, Day),
        new("eat-vegetables", "Eat 5 portions of fruit and vegetables", "Log each portion through the day.",
            Health, Target, 5, "portions", Day),
        new("exercise-3x-week", "Exercise 30 min 3x/week",
            "Log each workout's minutes; a day with 30 minutes or more counts, three days a week.",
            Fitness, Frequency, 3, "minutes", Week, MinAmount: 30),
        new("walk-10k-steps", "Walk 10,000 steps", "Log your step count; the day counts at 10,000.",
            Fitness, Target, 10_000, "steps", Day),
        new("run-100-km", "Run 100 km in 3 months", "Log every run's distance; the pace line shows if you are on track.",
            Fitness, Cumulative, 100, "km", Day, DeadlineDays: 90),
        new("stretch-daily", "Stretch daily", "A few minutes of stretching, every day.", Fitness, Habit, 1, null, Day),
        new("meditate-daily", "Meditate 10 min daily", "Log the minutes you sit; the day counts once you reach ten.",
            Mindfulness, Target, 10, "minutes", Day),
        new("journal-5x-week", "Journal 5 days a week", "Write a few lines on five days of each week.",
            Mindfulness, Frequency, 5, "entries", Week),
        new("screen-time-cap", "At most 14 hours of screen time a week", "Log leisure screen time; the week stays under 14 hours.",
            Mindfulness, Limit, 14, "hours", Week),
        new("read-20-pages", "Read 20 pages daily", "Log pages as you read them.", Learning, Target, 20, "pages", Day),
        new("read-24-books", "Read 24 books in a year", "Log each finished book; two a month keeps you on the line.",
            Learning, Cumulative, 24, "books", Day, DeadlineDays: 365),
        new("practise-language", "Practise a language for 15 minutes", "Lessons, flashcards or conversation all count.",
            Learning, Target, 15, "minutes", Day),
        new("plan-tomorrow", "Plan tomorrow every evening", "Write down tomorrow's three most important tasks.",
            Productivity, Habit, 1, null, Day),
        new("deep-work-10h", "10 hours of deep work a week", "Log focused, uninterrupted work sessions.",
            Productivity, Target, 10, "hours", Week),
        new("track-spending", "Track your spending daily", "Write down every expense of the day.", Finance, Habit, 1, null, Day),
        new("limit-takeaway", "At most 3 takeaway meals a month", "Log each takeaway or delivery meal.",
            Finance, Limit, 3, "meals", Month),
        new("save-500", "Put 500 aside in 6 months", "Log every amount you move into savings.",
            Finance, Cumulative, 500, null, Day, DeadlineDays: 182),
        new("call-someone", "Call a friend or relative every week", "One real conversation a week.",
            Social, Frequency, 1, "calls", Week),
        new("meet-friends", "Meet friends twice a month", "Dinners, walks, games: any time together counts.",
            Social, Frequency, 2, "meetups", Month),
        new("write-500-words", "Write 500 words a day", "Fiction, essays, letters: log the words you wrote.",
            Creativity, Target, 500, "words", Day),
        new("practise-instrument", "Practise an instrument 4x a week", "Four practice sessions on different days.",
            Creativity, Frequency, 4, "sessions", Week),
        new("tidy-up", "Tidy up for 10 minutes", "A short daily reset of your home.", Other, Habit, 1, null, Day),
    ];

    private static readonly Dictionary<string, GoalTemplate> BySlug =
        All.ToDictionary(template => template.Slug, StringComparer.Ordinal);

    public static GoalTemplate? Find(string slug) => BySlug.GetValueOrDefault(slug);

    public static IEnumerable<GoalTemplate> InCategory(GoalCategory? category) =>
        category is null ? All : All.Where(template => template.Category == category);
}
