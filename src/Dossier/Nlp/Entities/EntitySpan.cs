namespace Dossier.Nlp.Entities;

/// <summary>A named-entity mention over tokens [Start, End) with the model or rule that found it.</summary>
public readonly record struct EntitySpan(int Start, int End, EntityType Type, string Rule);
