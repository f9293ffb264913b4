using Dossier.Text.Readers;

namespace Dossier.Tests.Text.Readers;

public sealed class PlainTextTests
{
    [Fact]
    public void A_short_first_line_followed_by_a_blank_line_is_the_title_and_stays_in_the_text()
    {
        var doc = Reading.One("Rebels seize border town\n\nRebels seized the town of Kasa on Sunday, officials said.\n", "kasa.txt");
        Assert.Equal("Rebels seize border town", doc.Info.Title);
        Assert.StartsWith("Rebels seize border town\n", doc.Text, StringComparison.Ordinal);
        Assert.Equal("kasa", doc.Info.Id);
    }

    [Fact]
    public void A_first_line_without_a_blank_line_after_it_is_not_a_title()
    {
        var doc = Reading.One("Rebels seized the town on Sunday.\nOfficials confirmed the news.\n", "a.txt");
        Assert.Null(doc.Info.Title);
    }

    [Fact]
    public void A_long_first_paragraph_is_not_a_title()
    {
        var line = string.Join(' ', Enumerable.Repeat("The army said the operation would continue", 6));
        var doc = Reading.One(line + "\n\nMore text follows here.\n", "a.txt");
        Assert.Null(doc.Info.Title);
    }

    [Fact]
    public void A_one_line_text_has_no_title()
    {
        Assert.Null(Reading.One("Rebels seize border town\n", "a.txt").Info.Title);
    }

    [Fact]
    public void A_first_line_ending_with_a_colon_is_not_a_title()
    {
        Assert.Null(Reading.One("The ministry said:\n\nThe talks failed.\n", "a.txt").Info.Title);
    }

    [Fact]
    public void A_sidecar_gives_title_date_url_and_id()
    {
        using var folder = new TempFolder();
        var path = folder.File("story.txt", "Some headline\n\nTroops withdrew on Monday.\n");
        folder.File("story.json", """{"title": "Troops withdraw", "published": "2022-01-08", "url": "https://example.org/a", "id": "s-1", "note": "ignored"}""");
        var doc = Assert.Single(DocumentReader.ReadFile(path, Reading.Options)).Document!;
        Assert.Equal("Troops withdraw", doc.Info.Title);
        Assert.Equal(new DateOnly(2022, 1, 8), doc.Info.Date);
        Assert.Equal("https://example.org/a", doc.Info.Url);
        Assert.Equal("s-1", doc.Info.Id);
        Assert.Equal(path, doc.Info.SourcePath);
    }

    [Fact]
    public void A_sidecar_date_time_keeps_the_publishers_calendar_date()
    {
        using var folder = new TempFolder();
        var path = folder.File("story.txt", "Troops withdrew on Monday.\n");
        folder.File("story.json", """{"date": "2022-01-08T23:30:00-05:00"}""");
        var doc = Assert.Single(DocumentReader.ReadFile(path, Reading.Options)).Document!;
        Assert.Equal(new DateOnly(2022, 1, 8), doc.Info.Date);
    }

    [Fact]
    public void A_malformed_sidecar_fails_the_document_naming_the_sidecar_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.File("story.txt", "Troops withdrew on Monday.\n");
        var sidecar = folder.File("story.json", "{\n  \"title\": \"x\",\n  \"date\": \n}");
        var failure = Assert.Single(DocumentReader.ReadFile(path, Reading.Options)).Failure!;
        Assert.Equal(sidecar, failure.Source);
        Assert.Equal(4, failure.Line);
        Assert.Contains("sidecar", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_with_a_bad_date_fails_with_the_value()
    {
        using var folder = new TempFolder();
        var path = folder.File("story.txt", "Troops withdrew on Monday.\n");
        folder.File("story.json", """{"date": "last Tuesday"}""");
        var failure = Assert.Single(DocumentReader.ReadFile(path, Reading.Options)).Failure!;
        Assert.Contains("'last Tuesday'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_fails_with_a_reason()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(folder.Path, "missing.txt"));
        var failure = Assert.Single(DocumentReader.ReadFile(link, Reading.Options)).Failure!;
        Assert.Contains("does not exist", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_a_file_fails_with_a_reason()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "dir.txt"));
        var failure = Assert.Single(DocumentReader.ReadFile(Path.Combine(folder.Path, "dir.txt"), Reading.Options)).Failure!;
        Assert.Contains("directory", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_in_a_txt_file_is_recognised_by_its_content()
    {
        var doc = Reading.One("<!DOCTYPE html><html><body><p>Police detained 12 people in Minsk on Sunday.</p></body></html>", "page.txt");
        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("Police detained 12 people in Minsk on Sunday.", doc.Text);
    }
}
