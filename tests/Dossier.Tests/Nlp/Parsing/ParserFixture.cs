using Dossier.Nlp.Parsing;

namespace Dossier.Tests.Nlp.Parsing;

/// <summary>Loads the committed parser model once for all parser tests.</summary>
public sealed class ParserFixture
{
    public ParserFixture()
    {
        ModelPath = Path.Combine(TestPaths.Repo, "models", Parser.ModelFileName);
        Parser = Parser.Load(ModelPath);
    }

    public string ModelPath { get; }

    public Parser Parser { get; }
}
