namespace Dossier.Extraction.Actors;

/// <summary>What a common noun heading a noun phrase denotes, as far as actors go.</summary>
public enum NounClass : byte
{
    /// <summary>Not an actor noun ("study", "road").</summary>
    None = 0,

    /// <summary>A person noun ("minister", "man"); plural forms denote groups ("demonstrators").</summary>
    Person = 1,

    /// <summary>An organisation noun ("ministry", "government").</summary>
    Organization = 2,

    /// <summary>A body of people acting together, singular or plural ("police", "security forces", "the army"): a GROUP actor.</summary>
    Group = 3,
}

/// <summary>Grammatical gender evidence for a noun, title or given name.</summary>
public enum Gender : byte
{
    Unknown = 0,
    Masculine = 1,
    Feminine = 2,
}
