using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Text;

namespace Dossier.Web.Tests.Fixtures;

/// <summary>The hand-annotated records the browser tests render.</summary>
internal static class Records
{
    public static string SampleText { get; } = File.ReadAllText(RepoPaths.Sample("tbilisi-port-strike.txt"));

    /// <summary>The sample's sentences as the real pipeline splits them.</summary>
    public static IReadOnlyList<RangeOut> SampleSentences { get; } = OutputBuilder.Build(
        StandardPipeline.Create(DossierHome.Locate()).Process(new Doc(SampleText, new DocumentInfo("sample"))), false).Sentences;

    /// <summary>The bundled sample with every layer filled in by hand (see RecordBuilder).</summary>
    public static DossierOutput AnnotatedSample(IReadOnlyList<RangeOut> sentences)
    {
        var b = new RecordBuilder("fixture-sample", SampleText, "Georgian police detain union leader", "2025-01-22");
        b.Entity("police", "Georgian police", "ORGANIZATION", ["Police in Georgia", "riot police"])
            .Entity("beridze", "Levan Beridze", "PERSON", ["Levan Beridze", "Beridze@1"], ("age", "52"))
            .Entity("kapanadze", "Nino Kapanadze", "PERSON", ["Nino Kapanadze"], ("role", "lawyer"))
            .Entity("interior", "Interior Ministry", "ORGANIZATION", ["interior ministry"])
            .Entity("health", "Health Ministry", "ORGANIZATION", ["health ministry"])
            .Entity("protesters", "protesters", "GROUP", ["protesters"])
            .Entity("fga", "Free Georgia Alliance", "ORGANIZATION", ["Free Georgia Alliance"])
            .Entity("pm", "Giorgi Natsvlishvili", "PERSON", ["Giorgi Natsvlishvili"], ("title", "Prime Minister"))
            .Entity("kowalewska", "Marta Kowalewska", "PERSON", ["Marta Kowalewska"])
            .Entity("batumi", "Batumi", "LOCATION", ["Batumi"]);
        b.Event("ev1", "arrest", "police", "beridze", "2025-01-21", b.Span("Police in Georgia detained", "ministry said."), attributedTo: "interior")
            .Event("ev2", "use_force", "police", "protesters", "2025-01-20", b.Span("riot police fired", "the terminal."))
            .Event("ev3", "accuse", "pm", "beridze", "2025-01-22", b.Span("Prime Minister Giorgi", "under pressure."), dateBasis: "document")
            .Event("ev4", "condemn", "fga", "police", null, b.Span("The opposition Free", "immediate release."))
            .Event("ev5", "negotiate", "pm", "beridze", null, b.Find("would not negotiate under pressure"), modality: "intended", negated: true);
        b.Quote("q1", "kapanadze", "politically motivated", "told reporters", null)
            .Quote("q2", "kowalewska", "Dialogue, not detentions, is the way out of this crisis", "wrote", "X");
        b.Figure("f1", "injured", 23, "at_least", null, "health", "at least 23 people")
            .Figure("f2", "participants", 2000, "about", "protesters", null, "About 2,000 workers")
            .Figure("f3", "vessels", 40, "at_least", null, null, "at least 40 vessels");
        b.Timex("t1", "on Tuesday", "DATE", "2025-01-21")
            .Timex("t2", "on Monday", "DATE", "2025-01-20")
            .Timex("t3", "since January 14", "DATE", "2025-01-14")
            .Timex("t4", "last month", "DATE", "2024-12");
        return b.Build(sentences);
    }

    /// <summary>A short text written for this test in which two sources give incompatible casualty figures.</summary>
    public static DossierOutput ConflictingClaims()
    {
        var b = new RecordBuilder("fixture-conflict",
            "The ministry said 23 people were injured. Medics said 41 people were injured. Organisers said at least 30 people were hurt.",
            "Conflicting figures", "2025-01-22");
        b.Entity("ministry", "Health Ministry", "ORGANIZATION", ["ministry"])
            .Entity("medics", "Medics", "GROUP", ["Medics"])
            .Entity("organisers", "Organisers", "GROUP", ["Organisers"]);
        b.Figure("f1", "injured", 23, "exact", null, "ministry", "23 people")
            .Figure("f2", "injured", 41, "exact", null, "medics", "41 people")
            .Figure("f3", "injured", 30, "at_least", null, "organisers", "at least 30 people");
        return b.Build([new RangeOut(0, 41), new RangeOut(42, 77), new RangeOut(78, b.Text.Length)]);
    }
}
