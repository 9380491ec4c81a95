using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reactive.Linq;
using Goals.Server.Errors;
using GraphQL;

namespace Goals.Api.Telemetry;

/// <summary>
/// Per-operation instruments on the <c>Goals.GraphQL</c> meter: duration by operation type and name, errors by
/// code, and the subscriptions streaming right now. Spans of the same operations come from <see cref="Source"/>.
/// </summary>
public sealed class GraphQLMetrics
{
    public const string MeterName = "Goals.GraphQL";
    public const string DurationInstrument = "goals_graphql_operation_duration";
    public const string ErrorsInstrument = "goals_graphql_errors";
    public const string SubscriptionsInstrument = "goals_graphql_subscriptions";

    /// <summary>Seconds; 0.2 is a bound so the 200 ms objective is read from a bucket, not interpolated between two.</summary>
    public static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5, 5, 10, 30];

    public static readonly ActivitySource Source = new(MeterName);

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly UpDownCounter<long> _subscriptions;

    public GraphQLMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _duration = meter.CreateHistogram(DurationInstrument, "s",
            "Time to execute a GraphQL operation (for a subscription: to start its stream).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _errors = meter.CreateCounter<long>(ErrorsInstrument, description: "GraphQL errors returned, by extensions.code.");
        _subscriptions = meter.CreateUpDownCounter<long>(SubscriptionsInstrument, description: "Subscriptions streaming now.");
    }

    public void Record(OperationLabel operation, TimeSpan elapsed, IEnumerable<ExecutionError>? errors)
    {
        _duration.Record(elapsed.TotalSeconds, Tags(operation));
        CountErrors(operation, errors);
    }

    /// <summary>The stream, counted as an active subscription from subscribe to its end, its errors counted too.</summary>
    public IObservable<ExecutionResult> Track(IObservable<ExecutionResult> stream, OperationLabel operation) =>
        Observable.Defer(() =>
        {
            _subscriptions.Add(1, Tags(operation));
            return stream
                .Do(result => CountErrors(operation, result.Errors))
                .Finally(() => _subscriptions.Add(-1, Tags(operation)));
        });

    private void CountErrors(OperationLabel operation, IEnumerable<ExecutionError>? errors)
    {
        foreach (var error in errors ?? [])
        {
            _errors.Add(1, new("code", ErrorClassifier.CodeOf(error)), new("operation_type", operation.Type));
        }
    }

    private static TagList Tags(OperationLabel operation) =>
        new() { { "operation_type", operation.Type }, { "operation_name", operation.Name } };
}
