using System.Text;
using Dossier.Nlp.Corpora;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Events;

/// <summary>Builds a Doc with gold tags and tree from compact rows "form lemma UPOS head deprel [XPOS]" (1-based heads).</summary>
internal static class GoldTree
{
    public static Doc Build(params string[] rows)
    {
        var conllu = new StringBuilder();
        for (int i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split(' ');
            conllu.Append(i + 1).Append('\t').Append(f[0]).Append('\t').Append(f[1]).Append('\t').Append(f[2])
                .Append('\t').Append(f.Length > 5 ? f[5] : "_").Append("\t_\t").Append(f[3]).Append('\t').Append(f[4]).Append("\t_\t_\n");
        }

        conllu.Append('\n');
        var sentences = ConlluReader.Read(new StringReader(conllu.ToString())).ToList();
        return ConlluDocBuilder.Build(sentences, "t");
    }
}
