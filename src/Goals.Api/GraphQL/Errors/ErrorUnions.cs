using Goals.Server.Mutations;

namespace Goals.Api.GraphQL.Errors;

public sealed class CreateGoalErrorType() : ErrorUnionGraphType(
    "CreateGoalError", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(LimitExceededErrorType));

public sealed class UpdateGoalErrorType() : ErrorUnionGraphType(
    "UpdateGoalError", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidStateErrorType));

// LimitExceededError beyond the contract's three: unarchiveGoal at the goal limit (docs/decisions/0150).
public sealed class GoalErrorType() : ErrorUnionGraphType(
    "GoalError", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(LimitExceededErrorType));

public sealed class LogActivityErrorType() : ErrorUnionGraphType(
    "LogActivityError", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(LimitExceededErrorType));

public sealed class UpdateSettingsErrorType() : ErrorUnionGraphType("UpdateSettingsError", typeof(ValidationErrorType));

public sealed class VacationErrorType() : ErrorUnionGraphType(
    "VacationError", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType));
