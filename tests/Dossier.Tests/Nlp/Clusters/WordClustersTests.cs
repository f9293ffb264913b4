using Dossier.Nlp.Clusters;

namespace Dossier.Tests.Nlp.Clusters;

public sealed class WordClustersTests
{
    [Fact]
    public void Training_is_deterministic_and_groups_words_seen_in_the_same_contexts()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-news-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            var lines = new List<string>();
            string[] days = ["Monday", "Tuesday", "Friday"], cities = ["London", "Paris", "Moscow"];
            for (int i = 0; i < 60; i++)
            {
                lines.Add($"The minister arrived in {cities[i % 3]} yesterday .");
                lines.Add($"Talks ended on {days[(i + 2) % 3]} morning .");
                lines.Add($"Figures for {1990 + i} rose .");
            }

            File.WriteAllLines(Path.Combine(dir, "a.txt"), lines);
            var options = new ClusterOptions(MinCount: 2, ContextWords: 20, Dimensions: 32, FineClusters: 6, MidClusters: 3, CoarseClusters: 2);
            var first = ClusterTrainer.Train(dir, options, TextWriter.Null);
            var second = ClusterTrainer.Train(dir, options, TextWriter.Null);
            foreach (var word in new[] { "Monday", "Paris", "minister", "the" })
                Assert.Equal(first.Find(word), second.Find(word));

            Assert.Equal(WordClusters.Fine(first.Find("Monday")), WordClusters.Fine(first.Find("Friday")));
            Assert.Equal(WordClusters.Fine(first.Find("London")), WordClusters.Fine(first.Find("Moscow")));
            Assert.NotEqual(WordClusters.Fine(first.Find("London")), WordClusters.Fine(first.Find("Monday")));
            // Digits are folded: every year shares one entry, and an unseen year finds it too.
            Assert.Equal(first.Find("1991"), first.Find("2031"));
            Assert.Equal(-1, first.Find("Atlantis"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_committed_cluster_file_loads_and_groups_weekdays()
    {
        var clusters = WordClusters.Read(Path.Combine(TestPaths.Repo, "models", "clusters.model"));
        Assert.True(clusters.Count > 40000);
        Assert.Equal(WordClusters.Mid(clusters.Find("Monday")), WordClusters.Mid(clusters.Find("Thursday")));
    }
}
