namespace Goals.Server.Ide;

/// <summary>One bundled IDE file, ready to serve.</summary>
internal sealed record IdeAsset(byte[] Content, string ContentType, string ETag);
