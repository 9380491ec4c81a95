using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Goals.Server.Tests.TestHost;

/// <summary>A self-signed certificate for a test server's TLS endpoint, and the client check that trusts only it.</summary>
public static class TestCertificate
{
    public const string Subject = "CN=goals-test-server";

    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Through PKCS #12, so that the private key is one TLS can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Trusts a valid chain, or the test's own self-signed certificate.</summary>
    public static bool Trusts(X509Certificate? certificate, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None || certificate?.Subject == Subject;
}
