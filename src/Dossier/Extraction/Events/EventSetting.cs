using System.Globalization;
using Dossier.Extraction.Time;
using Dossier.Nlp.Entities;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>
/// When and where an event happened, as far as the text says: the time expression of the trigger's own clause,
/// else the document's date; the place of its clause, else the document's focus place. Each answer carries its
/// basis ("text" or "document") so a reader can tell a stated date from the date of the report.
/// </summary>
internal sealed class EventSetting
{
    public const string TextBasis = "text";
    public const string DocumentBasis = "document";

    private readonly Doc _doc;
    private readonly string? _documentDate;
    private readonly int _focusPlace;
    private readonly string? _focusCountry;

    public EventSetting(Doc doc)
    {
        _doc = doc;
        _documentDate = doc.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _focusPlace = FindFocusPlace(doc);
        _focusCountry = _focusPlace >= 0 ? doc.Actors[_focusPlace].Attribute("country") : null;
    }

    /// <summary>
    /// The focus country's actor id for an event without a stated place, else null: words (quad classes 1 and 3)
    /// are placed where their speaker belongs ("Tokayev gave an order", "Egypt's military called for calm"), material
    /// acts (2 and 4) where their target is ("sent peacekeepers to Kazakhstan", "a U.S. strike on Syria"), since a
    /// country's forces often act abroad — except state coercion (arrests, dismissals, orders to shoot), which a
    /// state does at home. Measured on AllSides news (docs/events.md): the focus country alone was right for 8 of
    /// 25 events.
    /// </summary>
    public string? FocusPlaceOf(int sourceActor, int targetActor, int quadClass, string type)
    {
        if (_focusCountry is null) return null;
        bool placed = quadClass is 2 or 4
            ? targetActor == _focusPlace || BelongsToFocus(targetActor) || (type == "COERCE" && BelongsToFocus(sourceActor))
            : BelongsToFocus(sourceActor);
        return placed ? _doc.Actors[_focusPlace].Id : null;
    }

    private bool BelongsToFocus(int actor) =>
        actor >= 0 && actor != _focusPlace && _doc.Actors[actor].Attribute("country") == _focusCountry;

    /// <summary>
    /// The calendar value of a time expression inside the trigger's phrase or attached to its clause ("sent troops
    /// on Thursday", "gave an order … on Friday"); a time expression of another clause ("made statements on Saturday
    /// since the riots began") is not the event's. Without one, the document date with basis "document".
    /// </summary>
    public (string? Value, string? Basis, string? TimexId) Date(EventTree tree, int trigger)
    {
        int left = _doc.Start[_doc.LeftEdge[trigger]], right = _doc.End[_doc.RightEdge[trigger]];
        var sentence = new CharRange(_doc.Start[tree.Start], _doc.End[tree.End - 1]);
        Timex? chained = null;
        foreach (var timex in _doc.Timexes)
        {
            // Only calendar values ("2022-01-07"), not durations or vague references (PXD, PAST_REF).
            if (timex.Value is not { Length: > 0 } value || !char.IsAsciiDigit(value[0]) || !sentence.Contains(timex.Span.Start)) continue;
            if (timex.Span.Start >= left && timex.Span.Start < right) return (value, TextBasis, timex.Id);
            if (chained is null && OnClauseChain(trigger, Governor(tree, timex.Span))) chained = timex;
        }

        if (chained is not null) return (chained.Value, TextBasis, chained.Id);
        return _documentDate is null ? (null, null, null) : (_documentDate, DocumentBasis, null);
    }

    /// <summary>
    /// True when <paramref name="token"/> is the trigger or a word above it in the same clause: the walk up from
    /// the trigger passes nouns to their verb, xcomp and conj, but stops at the head of an adverbial, relative,
    /// complement or paratactic clause, whose modifiers belong to another event.
    /// </summary>
    public bool OnClauseChain(int trigger, int token)
    {
        if (token < 0) return false;
        for (int t = trigger, steps = 0; t >= 0 && steps < 8; t = _doc.Head[t], steps++)
        {
            if (t == token) return true;
            if (_doc.Deprel[t] is "advcl" or "acl" or "acl:relcl" or "ccomp" or "csubj" or "parataxis" or "list" or "root") return false;
        }

        return false;
    }

    /// <summary>The word a phrase hangs on: the head, outside the span, of the span's top token.</summary>
    private int Governor(EventTree tree, CharRange span)
    {
        for (int t = tree.Start; t < tree.End; t++)
        {
            if (_doc.Start[t] < span.Start || _doc.Start[t] >= span.End) continue;
            int head = _doc.Head[t];
            if (head < 0 || _doc.Start[head] < span.Start || _doc.Start[head] >= span.End) return head;
        }

        return -1;
    }

    /// <summary>
    /// The actor index of the document's focus place (-1 for none): the country mentioned most, at least twice and
    /// more often than any other, so an article about two countries has none.
    /// </summary>
    private static int FindFocusPlace(Doc doc)
    {
        int best = -1, bestCount = 0, second = 0;
        for (int a = 0; a < doc.Actors.Count; a++)
        {
            var actor = doc.Actors[a];
            if (actor.Type != nameof(EntityType.LOC) || !IsCountry(actor)) continue;
            int count = actor.Mentions.Count;
            if (count > bestCount) (best, bestCount, second) = (a, count, bestCount);
            else if (count > second) second = count;
        }

        return bestCount >= 2 && bestCount > second ? best : -1;
    }

    private static bool IsCountry(Actors.Actor actor) => actor.Attribute("feature") == "country";
}
