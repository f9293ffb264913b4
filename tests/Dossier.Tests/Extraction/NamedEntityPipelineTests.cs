using Dossier.Extraction.Actors;
using Dossier.Nlp.Entities;
using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Text.Tokenization;

namespace Dossier.Tests.Extraction;

public sealed class NamedEntityPipelineTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => new PipelineBuilder()
        .Add(Tokenizer.Create(DossierHomeFor.Repo)).Add(new SentenceSplitter())
        .Add(EntityRecognizer.Load(DossierHomeFor.Repo)).Add(ActorResolver.Create(DossierHomeFor.Repo)).Build());

    [Fact]
    public void Finds_people_places_and_organisations_and_groups_repeated_names()
    {
        const string text = "Angela Merkel met officials of the European Commission in Brussels on Monday. " +
            "Merkel said the talks in Brussels were useful.";
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        string Name(EntitySpan e) => text[doc[e.Start].Start..doc[e.End - 1].End];
        Assert.Contains(doc.Entities, e => e.Type == EntityType.PER && Name(e) == "Angela Merkel");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.LOC && Name(e) == "Brussels");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.ORG && Name(e) == "European Commission");
        Assert.All(doc.Entities, e => Assert.StartsWith("ner:", e.Rule, StringComparison.Ordinal));

        var merkel = doc.Actors.Single(a => a.Name == "Angela Merkel");
        Assert.Equal("e1", merkel.Id);
        Assert.Equal(2, merkel.Mentions.Count);
        Assert.Equal(2, doc.Actors.Single(a => a.Name == "Brussels").Mentions.Count);
        Assert.Equal(doc.Actors.Select((a, i) => $"e{i + 1}"), doc.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Hyphenated_names_are_one_entity_although_the_tokenizer_splits_them()
    {
        const string text = "Jean-Claude Juncker met Pierre-Yves Martin in Aix-en-Provence on Monday.";
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        string Name(EntitySpan e) => text[doc[e.Start].Start..doc[e.End - 1].End];
        Assert.Contains(doc.Entities, e => e.Type == EntityType.PER && Name(e) == "Jean-Claude Juncker");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.PER && Name(e) == "Pierre-Yves Martin");
        Assert.DoesNotContain(doc.Entities, e => Name(e) is "Claude Juncker" or "Jean" or "Yves Martin");
    }

    [Fact]
    public void Boilerplate_yields_no_entities()
    {
        const string body = "Vladimir Putin spoke to reporters in Moscow.";
        const string residue = " Follow Reuters on Twitter. Copyright Thomson Reuters London.";
        var text = body + residue;
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t"), [new CharRange(body.Length, text.Length)]));
        Assert.NotEmpty(doc.Entities);
        Assert.All(doc.Entities, e => Assert.True(doc[e.End - 1].End <= body.Length, $"entity in boilerplate: {text[doc[e.Start].Start..doc[e.End - 1].End]}"));
    }
}
