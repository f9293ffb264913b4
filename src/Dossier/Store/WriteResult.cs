namespace Dossier.Store;

/// <summary>What one batch write did: rows added (analysed, failed) and documents already present.</summary>
internal readonly record struct WriteResult(int Inserted, int Failed, int AlreadyStored, int JoinedStories);
