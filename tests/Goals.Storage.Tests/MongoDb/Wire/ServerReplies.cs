using MongoDB.Bson;

namespace Goals.Storage.Tests.MongoDb.Wire;

/// <summary>
/// What the fake server answers: replies a test queued for a command on a collection (first in, first out), else a
/// neutral default (nothing found, every write matched one document).
/// </summary>
internal sealed class ServerReplies
{
    private readonly Lock _gate = new();
    private readonly List<(string Command, string Collection, Func<BsonDocument, BsonDocument> Reply)> _queued = [];

    /// <summary>The next <paramref name="command"/> on <paramref name="collection"/> gets <paramref name="reply"/>.</summary>
    public ServerReplies Next(string command, string collection, BsonDocument reply) => Next(command, collection, _ => reply);

    /// <summary>The reply is made from the command, e.g. to echo an id the store generated.</summary>
    public ServerReplies Next(string command, string collection, Func<BsonDocument, BsonDocument> reply)
    {
        lock (_gate)
        {
            _queued.Add((command, collection, reply));
        }

        return this;
    }

    public ServerReplies Find(string collection, params BsonDocument[] documents) =>
        Next("find", collection, Cursor(collection, documents));

    /// <summary>A countDocuments (an aggregate ending in $group) that counts <paramref name="count"/>.</summary>
    public ServerReplies Count(string collection, long count) =>
        Next("aggregate", collection, Cursor(collection, count == 0 ? [] : [new BsonDocument { { "_id", 1 }, { "n", count } }]));

    public ServerReplies FindAndModify(string collection, BsonDocument? value) => FindAndModify(collection, _ => value);

    /// <summary>A findAndModify whose document is made from its query (<c>query._id</c> and the like).</summary>
    public ServerReplies FindAndModify(string collection, Func<BsonDocument, BsonDocument?> document) =>
        Next("findAndModify", collection, command =>
        {
            var value = document(command["query"].AsBsonDocument);
            return new BsonDocument
            {
                { "lastErrorObject", new BsonDocument { { "n", value is null ? 0 : 1 }, { "updatedExisting", value is not null } } },
                { "value", (BsonValue?)value ?? BsonNull.Value }, { "ok", 1.0 },
            };
        });

    public ServerReplies Update(string collection, int matched, BsonValue? upsertedId = null)
    {
        var reply = new BsonDocument { { "n", upsertedId is null ? matched : 1 }, { "nModified", matched }, { "ok", 1.0 } };
        if (upsertedId is not null)
        {
            reply["upserted"] = new BsonArray { new BsonDocument { { "index", 0 }, { "_id", upsertedId } } };
        }

        return Next("update", collection, reply);
    }

    public ServerReplies Delete(string collection, int deleted) =>
        Next("delete", collection, new BsonDocument { { "n", deleted }, { "ok", 1.0 } });

    /// <summary>A write that breaks a unique index: a write error, or a command error for findAndModify.</summary>
    public ServerReplies DuplicateKey(string command, string collection) =>
        command == "findAndModify"
            ? Failure(command, collection, 11000, "DuplicateKey", "E11000 duplicate key error")
            : Next(command, collection, new BsonDocument
            {
                { "n", 0 }, { "ok", 1.0 },
                {
                    "writeErrors", new BsonArray
                    {
                        new BsonDocument { { "index", 0 }, { "code", 11000 }, { "errmsg", "E11000 duplicate key error" } },
                    }
                },
            });

    /// <summary>The next <paramref name="command"/> fails as a whole (<c>ok: 0</c>) with a server error code.</summary>
    public ServerReplies Failure(string command, string collection, int code, string codeName, string message) =>
        Next(command, collection, new BsonDocument
        {
            { "ok", 0.0 }, { "code", code }, { "codeName", codeName }, { "errmsg", message },
        });

    public BsonDocument For(BsonDocument command)
    {
        var name = command.GetElement(0).Name;
        var collection = command[0].IsString ? command[0].AsString : string.Empty;
        lock (_gate)
        {
            var index = _queued.FindIndex(q => q.Command == name && q.Collection == collection);
            if (index >= 0)
            {
                var reply = _queued[index].Reply;
                _queued.RemoveAt(index);
                return reply(command);
            }
        }

        return name switch
        {
            "find" or "aggregate" => Cursor(collection, []),
            "insert" => new BsonDocument { { "n", command["documents"].AsBsonArray.Count }, { "ok", 1.0 } },
            "update" or "delete" => new BsonDocument { { "n", 1 }, { "nModified", 1 }, { "ok", 1.0 } },
            "findAndModify" => new BsonDocument
            {
                { "lastErrorObject", new BsonDocument { { "n", 0 }, { "updatedExisting", false } } },
                { "value", BsonNull.Value }, { "ok", 1.0 },
            },
            "createIndexes" => new BsonDocument { { "numIndexesBefore", 1 }, { "numIndexesAfter", 2 }, { "ok", 1.0 } },
            _ => new BsonDocument("ok", 1.0),
        };
    }

    /// <summary>Replies a test queued that no command took: a test that scripts a call the adapter never made fails.</summary>
    public IReadOnlyList<string> Unused()
    {
        lock (_gate)
        {
            return [.. _queued.Select(q => $"{q.Command} on {q.Collection}")];
        }
    }

    private static BsonDocument Cursor(string collection, IEnumerable<BsonDocument> documents) => new()
    {
        { "cursor", new BsonDocument { { "firstBatch", new BsonArray(documents) }, { "id", 0L }, { "ns", "goals_snapshots." + collection } } },
        { "ok", 1.0 },
    };
}
