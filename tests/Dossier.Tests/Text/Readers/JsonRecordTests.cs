using Dossier.Text.Readers;

namespace Dossier.Tests.Text.Readers;

public sealed class JsonRecordTests
{
    [Fact]
    public void Json_lines_records_become_documents_and_a_bad_line_fails_alone()
    {
        var jsonl = string.Join('\n',
            """{"text": "Police arrested 12 protesters.", "title": "Arrests", "date": "2021-03-04T10:00:00Z", "url": "https://example.org/1", "id": "r1"}""",
            """{bad json""",
            """{"title": "no text"}""",
            "",
            """{"text": "Second good record."}""",
            """["not", "an", "object"]""",
            """{"text": 42}""",
            """{"text": "Bad date.", "date": "2021-13-45"}""");
        var results = Reading.All(jsonl, "feed.jsonl");
        Assert.Equal(7, results.Count);
        var first = results[0].Document!;
        Assert.Equal("r1", first.Info.Id);
        Assert.Equal("Arrests", first.Info.Title);
        Assert.Equal(new DateOnly(2021, 3, 4), first.Info.Date);
        Assert.Equal("https://example.org/1", first.Info.Url);
        Assert.Equal(DocumentFormat.JsonLines, first.Format);
        Assert.Equal((2, "malformed JSON"), (results[1].Failure!.Line!.Value, results[1].Failure!.Reason[..14]));
        Assert.Equal(3, results[2].Failure!.Line);
        Assert.Contains("no 'text' field", results[2].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("feed-5", results[3].Document!.Info.Id);
        Assert.Equal(6, results[4].Failure!.Line);
        Assert.Equal(7, results[5].Failure!.Line);
        Assert.Contains("'text' must be a string", results[5].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(8, results[6].Failure!.Line);
        Assert.Equal("feed.jsonl:8", results[6].Failure!.Location);
    }

    [Fact]
    public void A_json_lines_record_over_the_limit_fails_and_the_next_line_is_still_read()
    {
        var big = new string('a', 5_000);
        var jsonl = $"{{\"text\": \"{big}\"}}\r\n{{\"text\": \"small\"}}\r\n";
        var results = Reading.All(jsonl, "feed.jsonl", Reading.Options with { MaxBytes = 1_000 });
        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0].Failure!.Line);
        Assert.Contains("over the limit", results[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("small", results[1].Document!.Text);
    }

    [Fact]
    public void A_json_array_gives_one_document_per_object_with_line_numbers()
    {
        var json = """
            [
              {"text": "First report.", "title": "One"},
              {"title": "missing text"},
              {"text": "Third report.", "date": "2020-05-01"}
            ]
            """;
        var results = Reading.All(json, "batch.json");
        Assert.Equal(3, results.Count);
        Assert.Equal("batch-2", results[0].Document!.Info.Id);
        Assert.Equal(3, results[1].Failure!.Line);
        Assert.Equal(new DateOnly(2020, 5, 1), results[2].Document!.Info.Date);
        Assert.Equal("batch-4", results[2].Document!.Info.Id);
    }

    [Fact]
    public void A_json_file_with_one_object_is_one_document_named_after_the_file()
    {
        var doc = Reading.One("""{"text": "Shelling resumed near the city.", "author": "Jane Doe"}""", "report.json");
        Assert.Equal("report", doc.Info.Id);
        Assert.Equal("Jane Doe", doc.Info.Author);
        Assert.Equal(DocumentFormat.Json, doc.Format);
    }

    [Fact]
    public void A_syntax_error_in_a_json_array_keeps_the_records_before_it()
    {
        var json = "[\n{\"text\": \"Good.\"},\n{\"text\": \"Broken\"\n]";
        var results = Reading.All(json, "batch.json");
        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.Equal(4, results[1].Failure!.Line);
        Assert.Contains("not read", results[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_records_from_standard_input_are_recognised_by_content()
    {
        var results = Reading.All("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", "stdin");
        Assert.Equal(["One.", "Two."], results.Select(r => r.Document!.Text));
        Assert.Equal("stdin-2", results[1].Document!.Info.Id);
    }

    [Fact]
    public void Record_text_that_is_blank_fails_with_its_line()
    {
        var failure = Assert.Single(Reading.All("{\"text\": \"   \"}\n", "feed.jsonl")).Failure!;
        Assert.Equal(1, failure.Line);
        Assert.Contains("white space", failure.Reason, StringComparison.Ordinal);
    }
}
