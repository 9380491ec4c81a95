using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Goals.Server.Documents;

/// <summary>The SHA-256 of a document's UTF-8 text as lowercase hex, the key Apollo's APQ protocol uses.</summary>
public static class DocumentHash
{
    /// <remarks>Every request hashes its document to find it in the cache: the text's bytes go through a pooled
    /// buffer and the digest stays on the stack, so only the key itself is allocated.</remarks>
    public static string Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(document.Length));
        try
        {
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, Encoding.UTF8.GetBytes(document, buffer)), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
