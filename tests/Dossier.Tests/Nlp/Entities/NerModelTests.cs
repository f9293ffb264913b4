using Dossier.Nlp.Entities;
using Dossier.Pipeline;

namespace Dossier.Tests.Nlp.Entities;

/// <summary>Accuracy floor of the committed model (models/ner.model) on the CoNLL-2003 dev split.</summary>
public sealed class NerModelTests
{
    private static DossierHome Home => DossierHomeFor.Repo;

    [Fact]
    public void Committed_model_reaches_the_dev_F1_floor()
    {
        var scores = NerEvaluator.EvaluateFile(Home, TestPaths.Shared("conll2003", "dev.txt"));
        Assert.True(scores.Overall.F1 >= 91.0, $"CoNLL-2003 dev F1 {scores.Overall.F1:F2} is below the 91.0 floor");
        foreach (var (type, counts) in scores.PerType)
            Assert.True(counts.F1 >= 80.0, $"{type} dev F1 {counts.F1:F2} is below 80");
    }

    [Fact]
    public void Committed_model_finds_names_on_GUM_dev()
    {
        // Out-of-domain check (Wikipedia bios, travel guides, interviews...): a collapse would show here.
        var scores = NerEvaluator.EvaluateGumFile(Home, TestPaths.Shared("ud-gum", "en_gum-ud-dev.conllu"));
        Assert.True(scores.Overall.F1 >= 52.0, $"GUM dev PER/ORG/LOC F1 {scores.Overall.F1:F2} is below 52 (54.46 measured)");
    }
}
