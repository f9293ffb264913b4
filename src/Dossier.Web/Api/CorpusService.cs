using Dossier.Store;

namespace Dossier.Web.Api;

/// <summary>The corpus store named by <see cref="WebOptions.Db"/>, opened once at start-up; null when none is configured.</summary>
internal sealed class CorpusService : IDisposable
{
    public CorpusService(WebOptions options) =>
        Store = string.IsNullOrWhiteSpace(options.Db) ? null : StoreFactory.Open(options.Db);

    public IStore? Store { get; }

    public void Dispose() => Store?.Dispose();
}
