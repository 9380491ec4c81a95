using Goals.Api.GoalState;
using Goals.Domain.Evaluation;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Goals.Api.Tests.Architecture;

/// <summary>Every read and write of Goals.Api judges a goal through <see cref="GoalFacts"/>: nothing else calls the engine.</summary>
public sealed class EngineCallTests
{
    [Fact]
    public void Only_the_goal_facts_call_the_engine()
    {
        using var module = ModuleDefinition.ReadModule(typeof(GoalFacts).Assembly.Location);
        var callers = CallersOf(module, typeof(GoalEvaluator), nameof(GoalEvaluator.Evaluate), nameof(GoalEvaluator.History), nameof(GoalEvaluator.Checkpoint));

        Assert.Equal([typeof(GoalFacts).FullName!], callers);
    }

    private static List<string> CallersOf(ModuleDefinition module, Type engine, params string[] methods) =>
        [.. module.GetTypes()
            .SelectMany(type => type.Methods.Where(method => method.HasBody).Select(method => (Type: Outermost(type), Method: method)))
            .Where(caller => caller.Method.Body.Instructions.Any(instruction =>
                instruction.OpCode.FlowControl == FlowControl.Call
                && instruction.Operand is MethodReference called
                && called.DeclaringType.FullName == engine.FullName
                && methods.Contains(called.Name)))
            .Select(caller => caller.Type.FullName)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }
}
