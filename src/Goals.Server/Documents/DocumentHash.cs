using System.Security.Cryptography;
using System.Text;

namespace Goals.Server.Documents;

/// <summary>The SHA-256 of a document's UTF-8 text as lowercase hex, the key Apollo's APQ protocol uses.</summary>
public static class DocumentHash
{
    public static string Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }
}
