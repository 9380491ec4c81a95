namespace Goals.Server.Ide;

/// <summary>One bundled IDE file: where it is in the assembly and how it is served.</summary>
internal sealed record IdeAsset(string ResourceName, string ContentType, string ETag);
