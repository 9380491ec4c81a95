using Goals.Server.Errors;
using Goals.Server.Relay;
using Goals.Storage.Abstractions;
using RelayPageRequest = Goals.Server.Relay.PageRequest;
using StoragePageRequest = Goals.Storage.Abstractions.PageRequest;

namespace Goals.Api.Common;

/// <summary>Bridges the Relay arguments to the stores' keyset pages and back.</summary>
public static class StoragePaging
{
    public static StoragePageRequest ToStorage(this RelayPageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsForward
            ? StoragePageRequest.First(request.Size, request.Cursor)
            : StoragePageRequest.Last(request.Size, request.Cursor);
    }

    public static IConnection ToConnection<T>(this Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new Connection<T>(
            [.. page.Edges.Select(edge => new Server.Relay.Edge<T>(edge.Cursor, edge.Node))],
            new PageInfo(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor),
            page.TotalCount);
    }

    /// <summary>Runs a store read whose cursor came from the client: a bad cursor is the client's error.</summary>
    public static async Task<IConnection> PageAsync<T>(Func<Task<Page<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return (await read()).ToConnection();
        }
        catch (InvalidCursorException ex)
        {
            throw new GraphQLRequestError(ErrorCodes.InvalidCursor, ex.Message, ex);
        }
    }
}
