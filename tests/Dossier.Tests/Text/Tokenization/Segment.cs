using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Text.Tokenization;

namespace Dossier.Tests.Text.Tokenization;

/// <summary>Runs the shipped tokenizer (lexicon/tokenizer) and sentence splitter and checks the invariants.</summary>
internal static class Segment
{
    private static readonly Lazy<Tokenizer> s_tokenizer =
        new(() => new Tokenizer(TokenizerLexicon.Load(Path.Combine(TestPaths.Repo, "lexicon", "tokenizer"))));

    public static Tokenizer Tokenizer => s_tokenizer.Value;

    public static Doc Run(string text, IReadOnlyList<CharRange>? boilerplate = null)
    {
        var doc = new Doc(text, new DocumentInfo("test"), boilerplate);
        var workspace = new Workspace();
        Tokenizer.Process(doc, workspace);
        new SentenceSplitter(Tokenizer.Lexicon).Process(doc, workspace);
        DocInvariants.Check(doc);
        return doc;
    }

    /// <summary>The tokens of a text joined by '|'.</summary>
    public static string Tokens(string text)
    {
        var doc = Run(text);
        var parts = new string[doc.Count];
        for (int t = 0; t < doc.Count; t++) parts[t] = doc[t].ToString();
        return string.Join('|', parts);
    }

    /// <summary>The sentences of a text, each as its text span, joined by " || ".</summary>
    public static string Sentences(string text)
    {
        var doc = Run(text);
        var parts = new string[doc.SentenceCount];
        for (int s = 0; s < doc.SentenceCount; s++) parts[s] = doc.Sentence(s).ToString();
        return string.Join(" || ", parts);
    }
}
