using System.Globalization;
using Dossier.Lexicons;
using Dossier.Pipeline;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Which common nouns denote people or organisations, and which nouns, titles and given names carry a gender.
/// Loaded from lexicon/actors/: nouns.tsv and names.tsv (counts derived from GUM by
/// <c>dossier train actor-nouns</c>) and curated.tsv (hand entries that override the counts).
/// A noun is an actor noun when at least <see cref="MinShare"/> of its GUM mentions are people or organisations.
/// </summary>
public sealed class ActorLexicon
{
    public const string Folder = "actors";
    public const string CuratedFile = "curated.tsv";

    /// <summary>Share of a head noun's GUM mentions that must be person/organization for it to count as an actor noun.</summary>
    public const double MinShare = 0.5;

    private readonly Dictionary<string, NounClass> _nouns;
    private readonly Dictionary<string, Gender> _genders;
    private readonly HashSet<string> _roles;

    private ActorLexicon(Dictionary<string, NounClass> nouns, Dictionary<string, Gender> genders, HashSet<string> roles)
    {
        _nouns = nouns;
        _genders = genders;
        _roles = roles;
    }

    public static ActorLexicon Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.LexiconPath(Folder));
    }

    public static ActorLexicon Load(string folder)
    {
        var nouns = new Dictionary<string, NounClass>(StringComparer.Ordinal);
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var nounsPath = Path.Combine(folder, ActorLexiconBuilder.NounsFile);
        var nounRows = TsvLexicon.Read(nounsPath, 6);
        TsvLexicon.Check(nounsPath, nounRows, row => Counts(row, 1, 5) is null ? "counts must be non-negative integers" : null);
        foreach (var row in nounRows)
        {
            var c = Counts(row, 1, 5)!;
            int total = c[0] + c[1] + c[2];
            if (total > 0 && c[0] + c[1] >= MinShare * total)
                nouns[row.Fields[0]] = c[0] >= c[1] ? NounClass.Person : NounClass.Organization;
            if (GenderOf(c[3], c[4]) is var g and not Gender.Unknown) genders[row.Fields[0]] = g;
        }

        var namesPath = Path.Combine(folder, ActorLexiconBuilder.NamesFile);
        var nameRows = TsvLexicon.Read(namesPath, 3);
        TsvLexicon.Check(namesPath, nameRows, row => Counts(row, 1, 2) is null ? "counts must be non-negative integers" : null);
        foreach (var row in nameRows)
        {
            var c = Counts(row, 1, 2)!;
            // Given names are strongly gendered: one-sided evidence from any number of chains decides.
            var g = c[1] == 0 ? Gender.Masculine : c[0] == 0 ? Gender.Feminine : Gender.Unknown;
            if (c[0] + c[1] > 0 && g != Gender.Unknown) genders.TryAdd(row.Fields[0], g);
        }

        var curatedPath = Path.Combine(folder, CuratedFile);
        var curated = TsvLexicon.Read(curatedPath, 3);
        TsvLexicon.Check(curatedPath, curated, row => ParseClass(row.Fields[1]) is null
            ? $"class must be person, organization, group or none, not '{row.Fields[1]}'"
            : ParseGender(row.Fields[2]) is null ? $"gender must be m, f or -, not '{row.Fields[2]}'" : null);
        foreach (var row in curated)
        {
            string word = row.Fields[0].ToLowerInvariant();
            nouns[word] = ParseClass(row.Fields[1])!.Value;
            var g = ParseGender(row.Fields[2])!.Value;
            if (g != Gender.Unknown) genders[word] = g;
        }

        return new ActorLexicon(nouns, genders, RoleNouns(folder));
    }

    /// <summary>
    /// The last words of roles.tsv's role phrases ("head", "boss", "prime minister" → "minister"): nouns that
    /// name an office a person holds even where GUM mostly uses them otherwise ("head" as a body part).
    /// roles.tsv is validated in full by <see cref="ActorCodeLexicon"/>; only its role rows are read here.
    /// </summary>
    private static HashSet<string> RoleNouns(string folder)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvLexicon.Read(Path.Combine(folder, ActorCodeLexicon.RolesFile), 3))
        {
            if (row.Fields[1] != "role") continue;
            string phrase = row.Fields[0];
            roles.Add(phrase[(phrase.LastIndexOf(' ') + 1)..].ToLowerInvariant());
        }

        return roles;
    }

    /// <summary>The class of a common noun's lemma (lower case).</summary>
    public NounClass ClassOf(string lemma) => _nouns.GetValueOrDefault(lemma.ToLowerInvariant());

    /// <summary>Gender evidence for a noun lemma, title or given name (lower case lookup).</summary>
    public Gender GenderOf(string word) => _genders.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>A role noun ("head", "minister", "boss"): whoever it describes is a person, never a place or organisation.</summary>
    public bool IsRole(string lemma) => _roles.Contains(lemma.ToLowerInvariant());

    public int NounCount => _nouns.Count;

    /// <summary>A clear majority decides the gender: at least three chains, three to one.</summary>
    private static Gender GenderOf(int he, int she) =>
        he >= 3 && he >= 3 * she ? Gender.Masculine : she >= 3 && she >= 3 * he ? Gender.Feminine : Gender.Unknown;

    private static int[]? Counts(TsvLexicon.Row row, int first, int count)
    {
        var values = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (!int.TryParse(row.Fields[first + i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i])) return null;
        }

        return values;
    }

    private static NounClass? ParseClass(string s) => s switch
    {
        "person" => NounClass.Person,
        "organization" => NounClass.Organization,
        "group" => NounClass.Group,
        "none" => NounClass.None,
        _ => null,
    };

    private static Gender? ParseGender(string s) => s switch
    {
        "m" => Gender.Masculine,
        "f" => Gender.Feminine,
        "-" => Gender.Unknown,
        _ => null,
    };
}
