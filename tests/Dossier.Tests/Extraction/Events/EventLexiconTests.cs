using Dossier.Extraction.Events;

namespace Dossier.Tests.Extraction.Events;

public sealed class EventLexiconTests
{
    private static string Folder(string rules, string? lightVerbs = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dossier-events-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var source = Path.Combine(TestPaths.Repo, "lexicon", "events");
        File.Copy(Path.Combine(source, "plover.tsv"), Path.Combine(dir, "plover.tsv"));
        File.Copy(Path.Combine(source, "cues.tsv"), Path.Combine(dir, "cues.tsv"));
        File.Copy(Path.Combine(source, "actor-nouns.tsv"), Path.Combine(dir, "actor-nouns.tsv"));
        File.Copy(Path.Combine(source, "mishaps.tsv"), Path.Combine(dir, "mishaps.tsv"));
        if (lightVerbs is null) File.Copy(Path.Combine(source, "light-verbs.tsv"), Path.Combine(dir, "light-verbs.tsv"));
        else File.WriteAllText(Path.Combine(dir, "light-verbs.tsv"), lightVerbs);
        File.WriteAllText(Path.Combine(dir, "rules.jsonl"), rules);
        return dir;
    }

    [Fact]
    public void Shipped_lexicon_loads_with_hundreds_of_predicates_covering_all_types()
    {
        var lexicon = EventLexicon.Load(DossierHomeFor.Repo);
        Assert.True(lexicon.RuleCount >= 500, $"only {lexicon.RuleCount} rules");
        var types = lexicon.Verbs.Values.Concat(lexicon.Nouns.Values).SelectMany(r => r).Select(r => r.Mode.Type).ToHashSet();
        Assert.Equal(16, types.Count);
        Assert.Equal("cur.arrest.v", lexicon.Verbs["arrest"][0].Id);
    }

    [Fact]
    public void Errors_carry_file_line_and_code()
    {
        var dir = Folder(
            "{\"format\": \"dossier-events\", \"version\": 1}\n" +
            "{\"id\": \"a\", \"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"a\", \"lemma\": \"detain\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"b\", \"lemma\": \"hug\", \"pos\": \"verb\", \"type\": \"HUG\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"c\", \"lemma\": \"Arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"d\", \"lemma\": \"arrest\", \"pos\": \"adj\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"e\", \"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\", \"colour\": 1}\n" +
            "{\"id\": \"f\", \"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\", \"target\": [\"OBJ\"]}\n" +
            "{\"id\": \"g\", \"lemma\": \"arrest\"\n" +
            "{\"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n" +
            "{\"id\": \"h\", \"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\", \"cameo\": \"17x\"}\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EventLexicon.Load(dir));
            var file = Path.Combine(dir, "rules.jsonl");
            Assert.Contains($"{file}:3: DLX313", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:4: DLX314", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:5: DLX319", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:6: DLX315", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:7: DLX317", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:8: DLX318", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:9: DLX311", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:10: DLX312", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:11: DLX316", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(":2: ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Missing_format_line_is_reported()
    {
        var dir = Folder("{\"id\": \"a\", \"lemma\": \"arrest\", \"pos\": \"verb\", \"type\": \"COERCE\", \"mode\": \"arrest\"}\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EventLexicon.Load(dir));
            Assert.Contains("rules.jsonl:1: DLX310", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Light_verb_errors_carry_file_line_and_code()
    {
        var dir = Folder("{\"format\": \"dossier-events\", \"version\": 1}\n", "# format-version\t1\nlaunch\nLaunch\nlaunch\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EventLexicon.Load(dir));
            var file = Path.Combine(dir, "light-verbs.tsv");
            Assert.Contains($"{file}:3: DLX326", error.Message, StringComparison.Ordinal);
            Assert.Contains($"{file}:4: DLX327", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Petrarch_importer_converts_verb_blocks_and_object_patterns()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dossier-petr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var dict = Path.Combine(dir, "verbs.txt");
            File.WriteAllText(dict,
                "&WEAPON\n+GUN\n+RIFLES\n\n####### VERB PATTERNS ####### \n\n" +
                "---  APPREHEND   [171]  ---\nARREST [173] \nTAKE {TAKES TOOK }\n- * &WEAPON    [172]   # TAKE\n" +
                "- * (OF {THE HOUSE})   [---]   # TAKE\n\n---  SAY   [010]  ---\nSAY\n");
            var skip = Path.Combine(dir, "skip.tsv");
            File.WriteAllText(skip, "# format-version\t1\ntake\n");
            var plover = PloverTable.Load(Path.Combine(TestPaths.Repo, "lexicon", "events", "plover.tsv"));
            var output = new StringWriter();
            var stats = PetrarchImporter.Convert(dict, plover, skip, output);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("{\"format\": \"dossier-events\", \"version\": 1}", lines[0]);
            Assert.Contains("{\"id\":\"petr.arrest.173\",\"lemma\":\"arrest\",\"pos\":\"verb\",\"type\":\"COERCE\",\"mode\":\"arrest\",\"cameo\":\"173\",\"needs\":[\"target\"]}", lines);
            Assert.Contains("{\"id\":\"petr.take.obj.172\",\"lemma\":\"take\",\"pos\":\"verb\",\"type\":\"COERCE\",\"mode\":\"ban\",\"cameo\":\"172\",\"object\":[\"gun\",\"rifle\"],\"needs\":[\"target\"]}", lines);
            Assert.DoesNotContain(lines, l => l.Contains("\"petr.take.171\"", StringComparison.Ordinal) || l.Contains("\"say\"", StringComparison.Ordinal));
            Assert.Equal(2, stats.Rules);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
