using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds the report files behind the paths given (every format of <see cref="ReportFormats"/>) and reads
/// their bytes, refusing what is missing or over the size cap with a message naming the file; a text
/// format's bytes must be strict UTF-8 (<see cref="DecodeText"/>). The size is checked before the file is
/// read, so an oversized one is never loaded whole.
/// </summary>
public sealed class DocumentReader(long maxBytes)
{
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public long MaxBytes => maxBytes;

    /// <summary>The files to import, in a stable order, and the paths that name nothing importable.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Errors) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // A folder's README describes the folder; it is not one of its reports.
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => IsReport(file) && !Path.GetFileNameWithoutExtension(file).Equals("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (IsReport(path))
                {
                    files.Add(path);
                }
                else
                {
                    errors.Add($"{path}: not a {ReportFormats.Described} file");
                }
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }
        return (files.Distinct().ToList(), errors);
    }

    /// <summary>The file's bytes, or an <see cref="ImportException"/> saying why it cannot be read.</summary>
    public async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ImportException($"{path}: no such file");
        }
        CheckSize(path, info.Length);
        return await File.ReadAllBytesAsync(path, cancellationToken);
    }

    /// <summary>Refuses content over the size cap, before anything parses it.</summary>
    public void CheckSize(string name, long length)
    {
        if (length > maxBytes)
        {
            throw TooLarge(name, length);
        }
    }

    /// <summary>A .txt or .md file's text: strict UTF-8, not binary, not empty; a byte order mark is not text.</summary>
    public static string DecodeText(string name, byte[] bytes)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new ImportException($"{name}: looks binary (a NUL byte at offset {nul}), not a text report");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ImportException($"{name}: not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8 and import again", ex);
        }
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw new ImportException($"{name}: the file is empty");
        }
        return text.TrimStart('\uFEFF');
    }

    private ImportException TooLarge(string name, long length) => new(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {length:N0} bytes is over the limit of {maxBytes:N0} bytes (KnowledgeGraph:MaxDocumentBytes)"));

    private static bool IsReport(string path) => ReportFormats.Of(path) is not null;
}
