using Goals.Server.Ide;
using Goals.Server.Tests.Compat;

namespace Goals.Server.Tests.Ide;

/// <summary>Whether this build of Goals.Server carries the GraphiQL bundle (it needs npm at build time).</summary>
internal static class IdeBundle
{
    public static bool IsEmbedded { get; } =
        typeof(GraphQLIdeExtensions).Assembly.GetManifestResourceNames().Contains("GoalsIde/index.html");

    /// <summary>Fails in CI and skips elsewhere when the server was built without npm.</summary>
    public static void Require()
    {
        const string Install = "install Node.js and npm (apt-get install nodejs npm), then rebuild Goals.Server";
        if (!IsEmbedded && ExternalTools.IsCi)
            Assert.Fail($"the GraphiQL bundle must be embedded in CI: {Install}");
        Skip.IfNot(IsEmbedded, $"the GraphiQL bundle is not embedded: {Install}");
    }
}
