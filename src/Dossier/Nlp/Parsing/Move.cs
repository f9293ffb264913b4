namespace Dossier.Nlp.Parsing;

/// <summary>The three arc-hybrid transitions. Values index the transition model's classes.</summary>
internal enum Move : byte
{
    /// <summary>Push the buffer front onto the stack.</summary>
    Shift = 0,

    /// <summary>Attach the stack top to the buffer front as its dependent and pop it.</summary>
    Left = 1,

    /// <summary>Attach the stack top to the item below it as its dependent and pop it.</summary>
    Right = 2,
}
