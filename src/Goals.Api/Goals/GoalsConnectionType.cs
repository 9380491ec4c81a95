using Goals.Server.Relay;

namespace Goals.Api.Goals;

public sealed class GoalsConnectionType() : NamedConnectionGraphType<GoalType, GoalsEdgeType>("Goals");

public sealed class GoalsEdgeType() : NamedEdgeGraphType<GoalType>("Goals");
