using System.Text;
using FsCheck.Xunit;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

/// <summary>Cursors are base64url without padding: any id comes back as it went in, and a cursor is its text's RFC 4648 §5 form.</summary>
public sealed class CursorTests
{
    [Property(MaxTest = 300)]
    public void AnyIdComesBackFromItsCursor(string? id)
    {
        var text = string.IsNullOrEmpty(id) ? "challenge:隐私" : ValidUtf16(id);

        var cursor = Cursor.Encode(text);

        Assert.Equal(text, Cursor.Decode(cursor));
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), cursor);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("a")]
    public void ATextThatIsNoCursorIsRefusedWithAReason(string cursor)
    {
        var refused = Assert.Throws<ArgumentException>(() => Cursor.Decode(cursor));

        Assert.Contains("is not a cursor", refused.Message);
    }

    // Lone surrogates do not survive UTF-8, in a cursor or anywhere else; ids never contain them.
    private static string ValidUtf16(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
