using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Goals.Server.Ide;

/// <summary>
/// The GraphiQL bundle embedded in this assembly at build time (Ide/dist). File names carry a content hash, so they
/// can be cached forever; only the page itself is revalidated. Nothing but the small page is read at start: a file is
/// streamed from the assembly's mapped image when asked for, so a server whose IDE is off or unused keeps neither a
/// copy of the ~7 MB bundle in its heap nor its pages in memory.
/// </summary>
internal sealed class GraphQLIdeAssets
{
    private const string ResourcePrefix = "GoalsIde/";
    private const string PageName = "index.html";
    private readonly Dictionary<string, IdeAsset> _files = new(StringComparer.Ordinal);
    private readonly Assembly _assembly;

    public GraphQLIdeAssets()
        : this(typeof(GraphQLIdeAssets).Assembly)
    {
    }

    public GraphQLIdeAssets(Assembly assembly)
    {
        _assembly = assembly;
        var contentTypes = new FileExtensionContentTypeProvider();
        // A new build is a new module id: the tag changes with the build, never with the request.
        var build = assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var fileName = name[ResourcePrefix.Length..];
            var contentType = contentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            var tag = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
            _files[fileName] = new IdeAsset(name, contentType, $"\"{build}-{tag}\"");
        }

        if (_files.Remove(PageName, out var page))
        {
            using var reader = new StreamReader(Open(page), Encoding.UTF8);
            PageTemplate = reader.ReadToEnd();
        }
    }

    /// <summary>The page with <c>{{assets}}</c> and <c>{{endpoint}}</c> placeholders; <c>null</c> when the IDE was not bundled.</summary>
    public string? PageTemplate { get; }

    public IdeAsset? Find(string fileName) => _files.GetValueOrDefault(fileName);

    /// <summary>The file's bytes, read from the assembly's image as they are streamed.</summary>
    public Stream Open(IdeAsset asset) => _assembly.GetManifestResourceStream(asset.ResourceName)!;
}
