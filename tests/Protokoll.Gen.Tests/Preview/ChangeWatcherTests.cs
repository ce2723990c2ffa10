using Protokoll.Gen.Preview;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Preview;

public sealed class ChangeWatcherTests
{
    [Fact]
    public async Task A_save_among_swap_files_starts_a_batch_naming_the_saved_file_and_no_swap_file()
    {
        using var content = TempContent.Minimal();
        using var watcher = new ChangeWatcher();
        watcher.Watch(content.Root);

        content.Write("meetings/2022-03-08-styrgrupp/.01-oppnande.md.swp", "swap");
        var item = content.WriteItem("01-oppnande.md", "number: 1\ntitle: Mötets öppnande");
        content.Write("meetings/2022-03-08-styrgrupp/01-oppnande.md~", "backup");
        using var deadline = new CancellationTokenSource(Eventually.Deadline);
        var batch = await watcher.NextBatchAsync(deadline.Token);

        Assert.Contains(item, batch);
        Assert.DoesNotContain(batch, path => EditorFiles.IsIgnored(Path.GetRelativePath(content.Root, path)));
    }
}
