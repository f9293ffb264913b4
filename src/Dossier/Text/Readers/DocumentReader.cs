using System.Text;

namespace Dossier.Text.Readers;

/// <summary>Reads files into source documents, choosing the format by extension and content.</summary>
public static class DocumentReader
{
    public static IEnumerable<SourceDocument> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, $"cannot read file: {ex.Message}", ex);
        }

        return Read(bytes, path);
    }

    public static IEnumerable<SourceDocument> Read(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new DocumentReadException(name, "file is empty");
        var text = new UTF8Encoding(false, true).GetString(bytes);
        var id = Path.GetFileNameWithoutExtension(name);
        return [new SourceDocument(new DocumentInfo(id, SourcePath: name), text, [])];
    }
}
