namespace Dossier.Text.Readers.Boilerplate;

/// <summary>Where in a document a boilerplate rule may match a line.</summary>
public enum BoilerplatePosition
{
    /// <summary>Any line of the document (page furniture such as "Advertisement").</summary>
    Anywhere = 0,

    /// <summary>Only among the first lines (<see cref="BoilerplateRules.HeadLines"/> non-blank lines).</summary>
    Head = 1,

    /// <summary>Only in the trailing run of residue lines at the end (credits, copyright, crawl residue).</summary>
    Tail = 2,
}
