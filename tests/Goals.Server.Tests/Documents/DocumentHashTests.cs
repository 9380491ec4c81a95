using System.Security.Cryptography;
using System.Text;
using Goals.Server.Documents;

namespace Goals.Server.Tests.Documents;

/// <summary>The document's key is the SHA-256 of its UTF-8 text in lowercase hex (Apollo's APQ hash), whatever its size.</summary>
public sealed class DocumentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{ me { id } }")]
    [InlineData("query Ünïcödé { goals(first: 2) { nodes { title } } } # 🎯")]
    public void The_key_is_the_sha256_of_the_utf8_text(string document) =>
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))), DocumentHash.Of(document));

    [Fact]
    public void A_large_document_and_a_lone_surrogate_hash_as_their_utf8_bytes()
    {
        var large = "{ " + string.Concat(Enumerable.Repeat("a: __typename ", 20_000)) + "}";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(large))), DocumentHash.Of(large));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("{ a\uD800 }"))), DocumentHash.Of("{ a\uD800 }"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentHash.Of(""));
    }
}
