using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Goals.Server.Ide;

/// <summary>
/// The GraphiQL bundle embedded in this assembly at build time (Ide/dist). File names carry a content hash, so they
/// can be cached forever; only the page itself is revalidated.
/// </summary>
internal sealed class GraphQLIdeAssets
{
    private const string ResourcePrefix = "GoalsIde/";
    private const string PageName = "index.html";
    private readonly Dictionary<string, IdeAsset> _files = new(StringComparer.Ordinal);

    public GraphQLIdeAssets()
        : this(typeof(GraphQLIdeAssets).Assembly)
    {
    }

    public GraphQLIdeAssets(Assembly assembly)
    {
        var contentTypes = new FileExtensionContentTypeProvider();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var fileName = name[ResourcePrefix.Length..];
            var contentType = contentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            var content = buffer.ToArray();
            _files[fileName] = new IdeAsset(content, contentType, $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
        }

        PageTemplate = _files.Remove(PageName, out var page) ? Encoding.UTF8.GetString(page.Content) : null;
    }

    /// <summary>The page with <c>{{assets}}</c> and <c>{{endpoint}}</c> placeholders; <c>null</c> when the IDE was not bundled.</summary>
    public string? PageTemplate { get; }

    public IdeAsset? Find(string fileName) => _files.GetValueOrDefault(fileName);
}
