using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// Reads a word-cluster model file ("word-clusters": digit-folded words with packed fine/mid/coarse ids,
/// learned from unlabelled news by <c>dossier train clusters</c>) into a hashed map the tagger embeds in its
/// own model, so a tagger keeps working with the clusters it was trained on even if the file is rebuilt.
/// </summary>
internal static class ClusterFile
{
    public const string Kind = "word-clusters";

    public static TagDictionary Read(string path)
    {
        var (_, clusters) = ModelFile.Read(path, Kind, r =>
        {
            r.ReadString(); // the payload repeats the metadata
            int count = r.ReadInt32();
            if (count < 0) throw new InvalidDataException($"DMD012 implausible word count {count} in {path}");
            var keys = new ulong[count];
            var values = new int[count];
            for (int i = 0; i < count; i++)
            {
                keys[i] = FeatureHash.Text(r.ReadString());
                values[i] = r.ReadInt32();
            }

            return new TagDictionary(keys, values);
        });
        return clusters;
    }
}
