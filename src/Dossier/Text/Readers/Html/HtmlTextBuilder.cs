using System.Text;
using AngleSharp.Dom;

namespace Dossier.Text.Readers.Html;

/// <summary>
/// Turns an HTML element tree into plain text: block elements become paragraphs separated by one blank line,
/// <c>&lt;br&gt;</c> a line break, runs of white space one space. Scripts, styles, forms and page
/// navigation are skipped. Entities are already decoded by the parser.
/// </summary>
internal sealed class HtmlTextBuilder
{
    // HTML's element names: a closed, format-defined set.
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select",
        "input", "textarea", "svg", "iframe", "object", "embed", "canvas", "audio", "video", "head", "menu",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "address", "hr", "body",
        "details", "summary", "center",
    };

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _paragraph = new();
    private readonly bool _skipPageChrome;

    // The paragraph's last character: StringBuilder's indexer walks its chunks, too slow per character.
    private char _last;

    private HtmlTextBuilder(bool skipPageChrome) => _skipPageChrome = skipPageChrome;

    /// <summary>The text of <paramref name="root"/>; with <paramref name="skipPageChrome"/>, page headers are skipped too.</summary>
    public static string Extract(INode root, bool skipPageChrome)
    {
        var builder = new HtmlTextBuilder(skipPageChrome);
        builder.Walk(root);
        builder.EndParagraph();
        return builder._text.ToString();
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data);
                    break;
                case IElement element:
                    WalkElement(element);
                    break;
                default:
                    break;
            }
        }
    }

    private void WalkElement(IElement element)
    {
        var name = element.LocalName;
        if (s_skipped.Contains(name) || (_skipPageChrome && name == "header") || IsHidden(element)) return;
        if (name == "br")
        {
            TrimTrailingSpace();
            Append('\n');
            return;
        }

        bool block = s_blocks.Contains(name);
        if (block) EndParagraph();
        if (name is "td" or "th") AppendCollapsed(" ");
        Walk(element);
        if (block) EndParagraph();
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);

    private void AppendCollapsed(string data)
    {
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_paragraph.Length > 0 && _last is not (' ' or '\n')) Append(' ');
            }
            else
            {
                Append(c);
            }
        }
    }

    private void Append(char c)
    {
        _paragraph.Append(c);
        _last = c;
    }

    private void TrimTrailingSpace()
    {
        while (_paragraph.Length > 0 && _last == ' ')
        {
            _paragraph.Length--;
            _last = _paragraph.Length > 0 ? _paragraph[^1] : '\0';
        }
    }

    private void EndParagraph()
    {
        TrimTrailingSpace();
        while (_paragraph.Length > 0 && _paragraph[^1] == '\n') _paragraph.Length--;
        int start = 0;
        while (start < _paragraph.Length && _paragraph[start] is ' ' or '\n') start++;
        if (start < _paragraph.Length)
        {
            if (_text.Length > 0) _text.Append("\n\n");
            _text.Append(_paragraph, start, _paragraph.Length - start);
        }

        _paragraph.Clear();
        _last = '\0';
    }
}
