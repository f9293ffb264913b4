using System.Text;
using System.Text.Json;

namespace Dossier.Nlp.Learning;

/// <summary>
/// Builds the metadata JSON stored in a model file (training files, seed, epochs, dev scores), with keys in
/// the order they were added, so the same training run writes the same bytes.
/// </summary>
public sealed class ModelMetadata
{
    private readonly List<(string Key, object Value)> _entries = [];

    public ModelMetadata Add(string key, string value) => Put(key, value);

    public ModelMetadata Add(string key, long value) => Put(key, value);

    /// <summary>A score or rate, rounded to four decimals so the text does not depend on float noise.</summary>
    public ModelMetadata Add(string key, double value) => Put(key, Math.Round(value, 4));

    public ModelMetadata Add(string key, IReadOnlyList<string> values) => Put(key, values);

    public ModelMetadata Add(string key, ModelMetadata nested) => Put(key, nested);

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private ModelMetadata Put(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _entries.Add((key, value));
        return this;
    }

    private void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in _entries)
        {
            writer.WritePropertyName(key);
            switch (value)
            {
                case string s: writer.WriteStringValue(s); break;
                case long l: writer.WriteNumberValue(l); break;
                case double d: writer.WriteNumberValue(d); break;
                case ModelMetadata m: m.Write(writer); break;
                case IReadOnlyList<string> list:
                    writer.WriteStartArray();
                    foreach (var item in list) writer.WriteStringValue(item);
                    writer.WriteEndArray();
                    break;
                default: throw new InvalidOperationException($"unsupported metadata value for '{key}'");
            }
        }

        writer.WriteEndObject();
    }
}
