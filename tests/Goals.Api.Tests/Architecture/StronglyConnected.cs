namespace Goals.Api.Tests.Architecture;

/// <summary>Tarjan's strongly connected components, keeping only those of two or more nodes (the cycles).</summary>
public static class StronglyConnected
{
    public static IReadOnlyList<IReadOnlyList<string>> Components(
        IEnumerable<string> nodes, Func<string, IEnumerable<string>> next)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(next);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            var order = index.Count;
            index[node] = order;
            low[node] = order;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next(node))
            {
                if (!index.TryGetValue(target, out var targetOrder))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetOrder);
                }
            }

            if (low[node] != index[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            if (component.Count > 1)
                found.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var node in nodes.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
                Visit(node);
        }

        return found;
    }
}
