namespace Goals.Domain;

/// <summary>The five goal patterns of the domain; each decides what a period's success means.</summary>
public enum GoalPattern { Habit, Frequency, Target, Limit, Cumulative }

public enum GoalStatus { Active, Paused, Completed, Archived }

/// <summary>The length of a goal's period, in the user's local dates.</summary>
public enum GoalPeriod { Day, Week, Month }

public enum GoalCategory { Health, Fitness, Mindfulness, Learning, Productivity, Finance, Social, Creativity, Other }
