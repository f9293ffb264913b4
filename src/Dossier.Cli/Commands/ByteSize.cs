using System.Globalization;

namespace Dossier.Cli.Commands;

/// <summary>Parses sizes given on the command line: a number of bytes with an optional decimal unit (k, M, G).</summary>
public static class ByteSize
{
    public static bool TryParse(string? value, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        long unit = 1;
        if (s.EndsWith('B') || s.EndsWith('b')) s = s[..^1];
        if (s.Length > 0)
        {
            unit = char.ToUpperInvariant(s[^1]) switch
            {
                'K' => 1_000,
                'M' => 1_000_000,
                'G' => 1_000_000_000,
                _ => 1,
            };
            if (unit != 1) s = s[..^1];
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
        var total = number * unit;
        if (total < 1 || total > long.MaxValue) return false;
        bytes = (long)total;
        return true;
    }
}
