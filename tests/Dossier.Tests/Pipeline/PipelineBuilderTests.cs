using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class Fake(string name, Layer reads, Layer writes) : IComponent
    {
        public ComponentInfo Info { get; } = new(name, reads, writes);

        public void Process(Doc doc, Workspace workspace) => doc.MarkLayer(Info.Writes);
    }

    [Fact]
    public void Build_rejects_a_component_whose_input_no_earlier_component_writes()
    {
        var builder = new PipelineBuilder()
            .Add(new Fake("tokens", Layer.Text, Layer.Tokens))
            .Add(new Fake("quotes", Layer.Tokens | Layer.Mentions, Layer.Quotes));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("component 'quotes' reads Mentions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_two_writers_of_one_layer()
    {
        var builder = new PipelineBuilder()
            .Add(new Fake("a", Layer.Text, Layer.Tokens))
            .Add(new Fake("b", Layer.Text, Layer.Tokens));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void A_layer_can_be_written_only_once()
    {
        var doc = new Doc("x", new DocumentInfo("d"));
        doc.SetTokens([0], [1], [TokenFlags.None]);
        Assert.Throws<InvalidOperationException>(() => doc.SetTokens([0], [1], [TokenFlags.None]));
    }

    [Fact]
    public void A_failing_component_is_named_with_the_document()
    {
        var pipeline = new PipelineBuilder().Add(new Throwing()).Build();
        var ex = Assert.Throws<PipelineException>(() => pipeline.Process(new Doc("x", new DocumentInfo("doc-7"))));
        Assert.Equal("boom", ex.Component);
        Assert.Equal("doc-7", ex.DocumentId);
    }

    private sealed class Throwing : IComponent
    {
        public ComponentInfo Info { get; } = new("boom", Layer.Text, Layer.Tokens);

        public void Process(Doc doc, Workspace workspace) => throw new InvalidOperationException("bad");
    }
}
