using Microsoft.Extensions.Options;

namespace Dossier.Web.Hosting;

/// <summary>Fails start-up with a message that names the bad setting.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options) =>
        DossierWebApp.Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
