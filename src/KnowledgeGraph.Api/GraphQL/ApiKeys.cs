using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Checks the X-Api-Key header in constant time: both sides are hashed first, so even their lengths stay hidden.</summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public static ApiKeyCheck Check(string configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return ApiKeyCheck.NotConfigured;
        }
        if (string.IsNullOrEmpty(presented))
        {
            return ApiKeyCheck.Missing;
        }
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? ApiKeyCheck.Valid : ApiKeyCheck.Wrong;
    }
}
