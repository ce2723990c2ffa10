using Protokoll.Gen.Git;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Git;

public sealed class GitRevisionReaderTests
{
    [Fact]
    public void Reads_the_content_folder_as_it_was_at_a_revision()
    {
        using var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000");
        var first = repository.Commit("first");
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 2000");
        repository.Content.WriteItem("2.md", "number: 2\ntitle: B");

        using var snapshot = GitRevisionReader.Open(repository.Content.Root).ReadContent(first);

        var item = File.ReadAllText(Path.Combine(snapshot.Root, "meetings", "2022-03-08-styrgrupp", "1.md"));
        Assert.Contains("amount: 1000", item, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(snapshot.Root, "meetings", "2022-03-08-styrgrupp", "2.md")));
        Assert.True(File.Exists(Path.Combine(snapshot.Root, "protokoll.yml")));
    }

    [Fact]
    public void A_content_subfolder_knows_its_prefix_and_the_repository_root()
    {
        using var repository = TempRepository.Minimal();
        repository.Commit("first");

        var reader = GitRevisionReader.Open(repository.Content.Root);

        Assert.Equal("content/", reader.ContentPrefix);
        Assert.Equal(Path.GetFullPath(repository.Root), reader.RepositoryRoot);
    }

    [Fact]
    public void Changed_files_are_committed_staged_unstaged_and_untracked_changes_but_not_ignored_files()
    {
        using var repository = TempRepository.Minimal();
        var committed = repository.Content.WriteItem("1.md", "number: 1\ntitle: A");
        var staged = repository.Content.WriteItem("2.md", "number: 2\ntitle: B");
        var unstaged = repository.Content.WriteItem("3.md", "number: 3\ntitle: C");
        repository.Content.WriteItem("4.md", "number: 4\ntitle: D");
        var first = repository.Commit("first");
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A2");
        repository.Commit("second");
        repository.Content.WriteItem("2.md", "number: 2\ntitle: B2");
        repository.Git("add", "-A");
        repository.Content.WriteItem("3.md", "number: 3\ntitle: C2");
        var untracked = repository.Content.WriteItem("5.md", "number: 5\ntitle: E");
        File.WriteAllText(Path.Combine(repository.Root, ".gitignore"), "*.tmp\n");
        repository.Content.Write("meetings/2022-03-08-styrgrupp/scratch.tmp", "ignored");

        var changed = GitRevisionReader.Open(repository.Content.Root).ChangedFiles(first);

        Assert.Equal(new[] { committed, staged, unstaged, untracked }.Order(StringComparer.Ordinal), changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_revision_says_how_to_fetch_it()
    {
        using var repository = TempRepository.Minimal();
        repository.Commit("first");

        var exception = Assert.Throws<GitException>(() => GitRevisionReader.Open(repository.Content.Root).ReadContent("origin/main"));

        Assert.Contains("'origin/main' is not in this repository", exception.Message, StringComparison.Ordinal);
        Assert.Contains("git fetch --depth=1 origin main:refs/remotes/origin/main", exception.Message, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_before_the_content_folder_existed_reads_as_an_empty_folder()
    {
        using var repository = TempRepository.Minimal();
        File.WriteAllText(Path.Combine(repository.Root, "README.md"), "# Minutes\n");
        repository.Git("add", "README.md");
        repository.Git("commit", "-q", "-m", "readme only");
        var before = repository.Git("rev-parse", "HEAD");
        repository.Commit("content");

        using var snapshot = GitRevisionReader.Open(repository.Content.Root).ReadContent(before);

        Assert.Empty(Directory.EnumerateFileSystemEntries(snapshot.Root));
    }

    [Fact]
    public void A_folder_outside_any_repository_is_refused_with_a_reason()
    {
        using var content = TempContent.Minimal();

        var exception = Assert.Throws<GitException>(() => GitRevisionReader.Open(content.Root));

        Assert.Contains("not inside a git repository", exception.Message, StringComparison.Ordinal);
    }
}
