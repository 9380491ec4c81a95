using Goals.Server.Tests.Compat;

namespace Goals.Server.Tests.WebSockets;

/// <summary>Locates tests/compat and decides whether a Node-based check can run here (in CI it must).</summary>
internal static class CompatScripts
{
    public static string Directory { get; } = Locate();

    /// <summary>Fails in CI and skips elsewhere when node or the compat packages are missing.</summary>
    public static void RequireNode(string package)
    {
        var ready = ExternalTools.HasNode() && System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", package));
        const string Install = "install Node.js (apt-get install nodejs npm), then run npm ci in tests/compat";
        if (!ready && ExternalTools.IsCi)
            Assert.Fail($"node and tests/compat/node_modules/{package} are required in CI: {Install}");
        Skip.IfNot(ready, $"node or tests/compat/node_modules/{package} is missing: {Install}");
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Goals.sln")))
                return Path.Combine(directory.FullName, "tests", "compat");
        }

        throw new InvalidOperationException("Goals.sln not found above " + AppContext.BaseDirectory);
    }
}
