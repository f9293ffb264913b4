using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>The standard pipeline (models and lexicons) on a short news paragraph written for this test.</summary>
public sealed class ActorPipelineTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipelineFor.Repo);

    private const string Text =
        "Jonas Keller, the former head of the State Security Service (SSS), was detained on Thursday, prosecutors said. " +
        "The 63-year-old is accused of abuse of office. Keller denied the charges through his lawyer.\n\n" +
        "Interior Minister Anna Vogt said she had dismissed him last week. Director Keller had long been considered " +
        "a close ally of Vogt. Hundreds of demonstrators gathered outside the court. They demanded a fair trial.";

    [Fact]
    public void Names_surnames_titles_descriptions_and_pronouns_of_one_person_are_one_actor()
    {
        var doc = s_pipeline.Value.Process(new Doc(Text, new DocumentInfo("t")));
        string[] Texts(Actor a) => [.. a.Mentions.Select(m => doc.Text[m.Start..m.End])];
        var keller = doc.Actors.Single(a => a.Name == "Jonas Keller");
        Assert.Equal(("e1", "PER"), (keller.Id, keller.Type));
        var texts = Texts(keller);
        foreach (var expected in new[] { "Jonas Keller", "The 63-year-old", "Keller", "his", "him", "Director Keller", "a close ally of Vogt" })
            Assert.Contains(expected, texts);
        Assert.Contains(texts, t => t.StartsWith("the former head of the State Security Service", StringComparison.Ordinal));

        var vogt = doc.Actors.Single(a => a.Name == "Anna Vogt");
        Assert.Equal(["Anna Vogt", "she", "Vogt"], Texts(vogt));
        Assert.Equal(["State Security Service", "SSS"], Texts(doc.Actors.Single(a => a.Name == "State Security Service")));
        var crowd = doc.Actors.Single(a => a.Type == "GROUP");
        Assert.Equal(["Hundreds of demonstrators", "They"], Texts(crowd));
        Assert.Equal(doc.Actors.Select((a, i) => $"e{i + 1}"), doc.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Resolution_is_deterministic()
    {
        string Run()
        {
            var doc = s_pipeline.Value.Process(new Doc(Text, new DocumentInfo("t")));
            return string.Join("\n", doc.Actors.Select(a => $"{a.Id} {a.Name} {string.Join("|", a.Mentions.Select(m => $"{m.Start}-{m.End}-{m.Rule}"))}"));
        }

        Assert.Equal(Run(), Run());
    }
}
