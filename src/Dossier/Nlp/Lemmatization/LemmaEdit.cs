namespace Dossier.Nlp.Lemmatization;

/// <summary>
/// A suffix rewrite that turns a (lowercase) word form into its lemma: drop the last <see cref="Strip"/>
/// characters, then add <see cref="Append"/> ("countries" → strip 3, append "y").
/// </summary>
internal readonly record struct LemmaEdit(int Strip, string Append)
{
    /// <summary>The edit from a form to its lemma, keeping their longest common prefix.</summary>
    public static LemmaEdit Between(ReadOnlySpan<char> form, ReadOnlySpan<char> lemma)
    {
        int common = form.CommonPrefixLength(lemma);
        return new LemmaEdit(form.Length - common, lemma[common..].ToString());
    }

    /// <summary>Writes the lemma into <paramref name="output"/>; false when the form is too short for the edit.</summary>
    public bool TryApply(ReadOnlySpan<char> form, Span<char> output, out int length)
    {
        length = 0;
        int keep = form.Length - Strip;
        if (keep <= 0 || keep + Append.Length > output.Length) return false;
        form[..keep].CopyTo(output);
        Append.AsSpan().CopyTo(output[keep..]);
        length = keep + Append.Length;
        return true;
    }
}
