namespace Dossier.Extraction.Actors;

/// <summary>
/// A mention while coreference runs: its tokens and head, what kind of phrase it is, the agreement features
/// the sieves compare (type, number, gender, animacy) and the cluster it currently belongs to.
/// </summary>
internal sealed class CorefMention
{
    public int Start;
    public int End;
    public int Head;
    public int Sentence;
    public MentionKind Kind;
    public string Rule = "";

    /// <summary>"PER", "ORG", "LOC", "MISC" (from NER), "GROUP" (plural person nouns), "" for pronouns and non-actor nouns.</summary>
    public string Type = "";
    public bool Plural;
    public Gender Gender;
    public Pronouns.Kind Pronoun;
    public bool Definite;
    public bool Indefinite;
    public bool Possessed;
    public bool IsAge;

    /// <summary>Headed by a role noun ("the former head of government"): it describes a person, so no place or organisation takes it.</summary>
    public bool Role;

    /// <summary>A stated age in years ("the 56-year-old", "Keller, 63,"), 0 when none: one person has one age.</summary>
    public int Age;
    public bool IsSubject;

    /// <summary>An apposition or predicate of another phrase: that phrase, not salience, decides what it refers to.</summary>
    public bool Anchored;

    /// <summary>A noun phrase that is no actor ("the road"): kept only so pronouns see it and are not forced onto an actor.</summary>
    public bool Blocker;

    /// <summary>Named mentions: lower-cased name words with leading titles removed ("President Tokayev" → "tokayev").</summary>
    public string[] NameWords = [];

    /// <summary>The head's lower-cased lemma.</summary>
    public string HeadLemma = "";

    /// <summary>Lower-cased lemmas of the nouns and names in the phrase around the head (titles, roles, organisations).</summary>
    public string[] Words = [];

    /// <summary>The roles the mention states or its neighbourhood gives it ("former head of the KNB"), when a describer is loaded.</summary>
    public RoleFact[] Roles = [];

    /// <summary>A person name's country from its lexicon entry on the document date (ISO-3), or null.</summary>
    public string? NameCountry;

    /// <summary>A body of people named by a group noun ("the police", "security forces"): one institution, not a passing crowd.</summary>
    public bool Collective;

    /// <summary>
    /// Named organisations: their kinds from descriptions.tsv (spy, mil, alliance, …) by name words or sector code.
    /// A description of a kind ("the intelligence service", "the country"): that one kind, with its qualifiers.
    /// </summary>
    public string[] Classes = [];

    /// <summary>A named country (or an organisation whose code or name gives one): its ISO-3 code, else null.</summary>
    public string? Country;

    /// <summary>A description of a kind (<see cref="Classes"/>): what its qualifiers require of the actor, else null.</summary>
    public KindQualifiers? Qualifiers;

    public bool IsPerson => Type == "PER";
}
