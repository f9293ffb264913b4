using System.Text.Json.Serialization;

namespace Dossier.Serialization;

// The dossier/1 output schema (docs/schema.md, docs/schema/dossier-1.schema.json). Property order is the
// declaration order; names are snake_case. Changing a shape here means a new schema version.

public sealed record DossierOutput(
    [property: JsonPropertyOrder(-10)] string Schema,
    DocumentOut Document,
    IReadOnlyList<string> Layers,
    IReadOnlyList<RangeOut> Boilerplate,
    IReadOnlyList<RangeOut> Sentences,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TokenOut>? Tokens,
    IReadOnlyList<EntityOut> Entities,
    IReadOnlyList<EventOut> Events,
    IReadOnlyList<QuoteOut> Quotes,
    IReadOnlyList<FigureOut> Figures,
    IReadOnlyList<TimexOut> Timexes);

public sealed record DocumentOut(string Id, string? Title, string? Url, string? Date, string Text);

public readonly record struct RangeOut(int Start, int End);

public sealed record TokenOut(
    int Start, int End, string Text, string? Lemma, string? Upos, string? Xpos, int? Head, string? Deprel);

public sealed record EntityOut(
    string Id,
    string Name,
    string Type,
    IReadOnlyDictionary<string, IReadOnlyList<AttributeOut>> Attributes,
    IReadOnlyList<MentionOut> Mentions);

public sealed record AttributeOut(string Value, int? Start, int? End, string Rule, string? Status, string? Qualifier);

public sealed record MentionOut(int Start, int End, string Text, string Kind, string Rule);

public sealed record EventOut(
    string Id,
    string Type,
    string? Mode,
    string? Cameo,
    string? Source,
    string? Target,
    string? Location,
    string? Date,
    bool Negated,
    string Modality,
    string? AttributedTo,
    RangeOut Evidence,
    string Rule,
    string? SourceText = null,
    string? TargetText = null,
    string? LocationText = null,
    IReadOnlyList<string>? Figures = null,
    string? DateBasis = null,
    string? DateTimex = null,
    string? LocationBasis = null,
    string? AttributedText = null,
    string? Quote = null);

public sealed record QuoteOut(
    string Id,
    string? Speaker,
    int Start,
    int End,
    string Text,
    string? Cue,
    bool Direct,
    string? Channel,
    string Rule,
    string? SpeakerText,
    RangeOut? SpeakerSpan,
    IntermediaryOut? Via = null,
    string? Status = null,
    StatusCueOut? StatusCue = null);

/// <summary>Who relayed a quote for its speaker (a spokesperson, a lawyer): actor id, text and span.</summary>
public sealed record IntermediaryOut(string? Actor, string Text, int Start, int End);

/// <summary>The certainty cue that set a quote's or figure's status, as written.</summary>
public sealed record StatusCueOut(string Text, int Start, int End);

public sealed record FigureOut(
    string Id,
    string Kind,
    double Value,
    double? ValueMax,
    string Qualifier,
    string? Subject,
    string? AttributedTo,
    string Status,
    RangeOut Evidence,
    string Rule,
    string? SourceText,
    RangeOut? SourceSpan,
    StatusCueOut? StatusCue = null);

public sealed record TimexOut(string Id, int Start, int End, string Text, string Type, string? Value, string Rule, string? Mod);
