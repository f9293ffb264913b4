namespace Dossier.Nlp.Entities;

/// <summary>CoNLL-2003 entity classes. Values are stable: they are written into model files.</summary>
public enum EntityType : byte
{
    PER = 1,
    ORG = 2,
    LOC = 3,
    MISC = 4,
}
