namespace Dossier.Text.Readers.Boilerplate;

/// <summary>A boilerplate lexicon file has errors; <see cref="Errors"/> lists every one of them.</summary>
public sealed class BoilerplateLexiconException : Exception
{
    public BoilerplateLexiconException(IReadOnlyList<LexiconError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<LexiconError> Errors { get; }
}
