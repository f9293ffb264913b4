namespace Dossier.Nlp.Entities;

/// <summary>A labelled document for training or evaluation: the text view and its gold spans (token ranges).</summary>
internal sealed record NerDocument(NerText Text, (int Start, int End, EntityType Type)[] Gold);
