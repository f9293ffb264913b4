using System.Text;
using Dossier.Text.Readers;

namespace Dossier.Tests.Text.Readers;

public sealed class TextDecodingTests
{
    private const string Article = "Troops withdrew from the town on Monday.\n";

    [Fact]
    public void Utf8_text_is_read_as_is()
    {
        var doc = Reading.One("Protesters marched in Kraków – “peacefully”.\n", "a.txt");
        Assert.Equal("Protesters marched in Kraków – “peacefully”.\n", doc.Text);
        Assert.Equal("utf-8", doc.Encoding);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped_so_offsets_start_at_the_text()
    {
        var doc = Reading.One([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)], "a.txt");
        Assert.Equal(Article, doc.Text);
        Assert.Equal('T', doc.Text[0]);
    }

    [Fact]
    public void Utf16_little_and_big_endian_with_byte_order_mark_are_decoded()
    {
        var le = Reading.One([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café in Zürich.\n")], "le.txt");
        var be = Reading.One([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Café in Zürich.\n")], "be.txt");
        Assert.Equal("Café in Zürich.\n", le.Text);
        Assert.Equal("Café in Zürich.\n", be.Text);
        Assert.Equal("utf-16le", le.Encoding);
        Assert.Equal("utf-16be", be.Encoding);
    }

    [Fact]
    public void Latin1_and_windows_1252_bytes_decode_to_the_right_characters()
    {
        // "Café owner says “no comment”" in Windows-1252: 0xE9 = é, 0x93/0x94 = curly quotes, 0x96 = en dash.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " owner says "u8, 0x93, .. "no comment"u8, 0x94, .. " "u8, 0x96, .. " Lyon.\n"u8];
        var doc = Reading.One(bytes, "latin1.txt");
        Assert.Equal("Café owner says “no comment” – Lyon.\n", doc.Text);
        Assert.Equal("windows-1252", doc.Encoding);
    }

    [Fact]
    public void Utf8_text_with_a_stray_latin1_byte_keeps_its_utf8_characters()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Kraków “calm” but caf"), 0xE9, .. " closed.\n"u8];
        var doc = Reading.One(bytes, "mixed.txt");
        Assert.Equal("Kraków “calm” but café closed.\n", doc.Text);
        Assert.Contains("windows-1252", doc.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_endings_are_kept_so_offsets_point_into_the_original_text()
    {
        var doc = Reading.One("Headline\r\n\r\nFirst line.\r\nSecond line.\r\n", "crlf.txt");
        Assert.Equal("Headline\r\n\r\nFirst line.\r\nSecond line.\r\n", doc.Text);
        Assert.Equal("Headline", doc.Info.Title);
    }

    [Fact]
    public void Empty_input_fails_with_a_clear_reason()
    {
        var failure = Reading.Failure([], "empty.txt");
        Assert.Equal("empty.txt", failure.Source);
        Assert.Contains("empty", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void White_space_only_input_fails_with_a_clear_reason()
    {
        var failure = Reading.Failure(" \n\t\r\n  "u8.ToArray(), "blank.txt");
        Assert.Contains("only white space", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_with_nul_are_rejected_as_binary()
    {
        byte[] bytes = [.. "abc"u8, 0x00, 0x01, 0x02, .. "def"u8];
        var failure = Reading.Failure(bytes, "blob.txt");
        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("NUL", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_binary_formats_are_named()
    {
        var failure = Reading.Failure("%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), "report.txt");
        Assert.Contains("PDF", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_high_share_of_control_characters_is_rejected_as_binary()
    {
        var bytes = new byte[400];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i % 3 == 0 ? 0x07 : 'a');
        var failure = Reading.Failure(bytes, "ctl.txt");
        Assert.Contains("control characters", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_stray_control_characters_do_not_reject_a_text()
    {
        var doc = Reading.One("Ceasefire holds.\u001A\n\nBoth sides report calm along the line on Sunday.\n", "ok.txt");
        Assert.Contains("Ceasefire", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_the_size_limit_fails_naming_both_sizes()
    {
        var options = Reading.Options with { MaxBytes = 1_000 };
        var failure = Reading.Failure(new byte[1_500].Select(_ => (byte)'a').ToArray(), "big.txt", options);
        Assert.Contains("1,500 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("1,000 bytes", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_fails_before_it_is_read()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50_000_000);   // sparse: no 50 MB written
        var results = DocumentReader.ReadFile(path, Reading.Options).ToList();
        var failure = Assert.Single(results).Failure!;
        Assert.Contains("50,000,000 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("20,000,000 bytes", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_over_the_size_limit_fails_without_reading_it_all()
    {
        var options = Reading.Options with { MaxBytes = 100 };
        using var stream = new MemoryStream(new byte[10_000].Select(_ => (byte)'a').ToArray());
        var failure = Assert.Single(DocumentReader.ReadStream(stream, "stdin", options)).Failure!;
        Assert.Equal("stdin", failure.Source);
        Assert.True(stream.Position <= 101, $"read {stream.Position} bytes");
    }
}
