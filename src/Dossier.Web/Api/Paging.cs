using System.Globalization;

namespace Dossier.Web.Api;

/// <summary>limit/offset paging: a default and a maximum page size, and a cap on how deep a page may start.</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    /// <summary>Deeper pages would make the store read and discard too many rows; narrow the filter instead.</summary>
    public const int MaxOffset = 100_000;

    public static bool TryParse(string? limit, string? offset, WebOptions options, out Paging paging, out IResult? error)
    {
        paging = default;
        error = null;
        int l = options.DefaultPageSize, o = 0;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out l) || l < 1 || l > options.MaxPageSize))
        {
            error = Problems.BadRequest($"'limit' must be a whole number from 1 to {options.MaxPageSize}");
            return false;
        }

        if (offset is not null && (!int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out o) || o > MaxOffset))
        {
            error = Problems.BadRequest($"'offset' must be a whole number from 0 to {MaxOffset}");
            return false;
        }

        paging = new Paging(l, o);
        return true;
    }

    /// <summary>How many rows to ask the store for: this page, what precedes it, and one more to tell if there is a next page.</summary>
    public int Fetch => Offset + Limit + 1;

    public PageOut<T> Page<T>(IEnumerable<T> rows)
    {
        var list = rows.Skip(Offset).Take(Limit + 1).ToList();
        bool more = list.Count > Limit;
        if (more) list.RemoveAt(list.Count - 1);
        return new PageOut<T>(list, Limit, Offset, more ? Offset + Limit : null);
    }
}
