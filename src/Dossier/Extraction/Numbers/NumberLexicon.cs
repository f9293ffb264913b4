using System.Globalization;
using Dossier.Lexicons;

namespace Dossier.Extraction.Numbers;

/// <summary>Number words ("twenty", "dozen", "hundreds", "a few") loaded from lexicon/time/numbers.tsv.</summary>
internal sealed class NumberLexicon
{
    public const string RelativePath = "time/numbers.tsv";

    private NumberLexicon(PhraseTable<NumberWord> words) => Words = words;

    public PhraseTable<NumberWord> Words { get; }

    public static NumberLexicon Load(string lexiconRoot)
    {
        var path = Path.Combine(lexiconRoot, RelativePath);
        var rows = TsvLexicon.Read(path, 3);
        TsvLexicon.Check(path, rows, r =>
            !double.TryParse(r.Fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? $"'{r.Fields[1]}' is not a number"
            : ParseRole(r.Fields[2]) is null ? $"unknown role '{r.Fields[2]}'"
            : null);
        var table = new PhraseTable<NumberWord>();
        foreach (var row in rows)
        {
            table.Add(row.Fields[0], new NumberWord(
                double.Parse(row.Fields[1], NumberStyles.Float, CultureInfo.InvariantCulture), ParseRole(row.Fields[2])!.Value));
        }

        return new NumberLexicon(table);
    }

    private static NumberWordRole? ParseRole(string role) => role switch
    {
        "unit" => NumberWordRole.Unit,
        "tens" => NumberWordRole.Tens,
        "scale" => NumberWordRole.Scale,
        "article" => NumberWordRole.Article,
        "vague" => NumberWordRole.Vague,
        "vague-scale" => NumberWordRole.VagueScale,
        _ => null,
    };
}
