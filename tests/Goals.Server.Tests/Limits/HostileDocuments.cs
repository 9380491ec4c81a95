namespace Goals.Server.Tests.Limits;

/// <summary>The documents of the attacks the limits answer, built the way they were sent.</summary>
internal static class HostileDocuments
{
    /// <summary>
    /// <c>query{...F<paramref name="depth"/>} fragment F0 on Query{__typename} fragment F1 on Query{...F0 ...F0} …</c>:
    /// under a thousand bytes that expand to 2^depth selections.
    /// </summary>
    public static string FragmentDoubling(int depth) =>
        $"query{{...F{depth}}} fragment F0 on Query{{__typename}}"
        + string.Concat(Enumerable.Range(1, depth).Select(level => $" fragment F{level} on Query{{...F{level - 1} ...F{level - 1}}}"));

    /// <summary><c>{__schema{types{interfaces{possibleTypes{…×<paramref name="cycles"/>…name}}}}}</c>.</summary>
    public static string CircularIntrospection(int cycles) =>
        "{__schema{types{" + string.Concat(Enumerable.Repeat("interfaces{possibleTypes{", cycles)) + "name"
        + new string('}', 2 * cycles) + "}}}";

    /// <summary><c>{echo(message:"0") echo(message:"1") …}</c>: <paramref name="count"/> fields that cannot merge.</summary>
    public static string ConflictingFields(int count) =>
        "{" + string.Join(' ', Enumerable.Range(0, count).Select(index => $"echo(message:\"{index}\")")) + "}";
}
