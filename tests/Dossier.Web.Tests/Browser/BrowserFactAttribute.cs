namespace Dossier.Web.Tests.Browser;

/// <summary>
/// A test that drives Chromium. Without /usr/bin/chromium it is skipped on a developer machine, but in CI
/// (CI=true) it runs and fails, so a missing browser can never pass silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
            Skip = $"{ChromiumPath} is not installed (apt-get install chromium); CI fails instead of skipping";
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
