using System.Text;
using Dossier.Nlp.Corpora;
using Dossier.Nlp.Entities;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>
/// Builds a Doc with a hand-written gold parse and entity spans: rows "form lemma UPOS XPOS head deprel"
/// (1-based heads within the sentence, 0 for the root), an empty row between sentences; entities as
/// (type, first token, token count) over document-wide token indices.
/// </summary>
internal static class ParsedDoc
{
    public static Doc Build(string[] rows, params (EntityType Type, int Start, int Length)[] entities)
    {
        var conllu = new StringBuilder();
        int id = 0;
        foreach (var row in rows)
        {
            if (row.Length == 0)
            {
                conllu.Append('\n');
                id = 0;
                continue;
            }

            var f = row.Split(' ');
            conllu.Append(++id).Append('\t').Append(f[0]).Append('\t').Append(f[1]).Append('\t').Append(f[2]).Append('\t').Append(f[3])
                .Append("\t_\t").Append(f[4]).Append('\t').Append(f[5]).Append("\t_\t_\n");
        }

        conllu.Append('\n');
        var sentences = ConlluReader.Read(new StringReader(conllu.ToString())).ToList();
        var doc = ConlluDocBuilder.Build(sentences, "t");
        doc.SetEntities([.. entities.Select(e => new EntitySpan(e.Start, e.Start + e.Length, e.Type, "test"))]);
        return doc;
    }

    /// <summary>The texts of an actor's mentions, in order.</summary>
    public static string[] Texts(Doc doc, Dossier.Extraction.Actors.Actor actor) =>
        [.. actor.Mentions.Select(m => doc.Text[m.Start..m.End])];
}
