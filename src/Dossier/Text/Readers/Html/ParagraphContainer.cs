using AngleSharp.Dom;

namespace Dossier.Text.Readers.Html;

/// <summary>
/// A linear-time stand-in for the article finder on pages too large for it: the element whose own
/// paragraphs hold the most text, if they hold at least half of all paragraph text on the page.
/// </summary>
internal static class ParagraphContainer
{
    private const double MinShare = 0.5;

    public static IElement? Find(IElement body)
    {
        var scores = new Dictionary<IElement, long>();
        long total = 0;
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is not { } parent) continue;
            long length = paragraph.TextContent.Length;
            total += length;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
        }

        IElement? best = null;
        long bestScore = 0;
        // Document order decides ties, so the choice does not depend on dictionary order.
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (scores.TryGetValue(element, out var score) && score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        return best is not null && bestScore >= total * MinShare ? best : null;
    }
}
