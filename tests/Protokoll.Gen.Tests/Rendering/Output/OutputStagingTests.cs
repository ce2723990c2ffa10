using System.Text;
using Protokoll.Gen.Rendering.Output;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Output;

/// <summary>
/// A rebuild takes pages whose bytes did not change over from the previous output instead of writing them again,
/// without ever changing the previous output before the swap.
/// </summary>
public sealed class OutputStagingTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _parent = Directory.CreateTempSubdirectory("protokoll-staging-").FullName;
    private readonly string _content;
    private readonly string _output;

    public OutputStagingTests()
    {
        _content = Directory.CreateDirectory(Path.Combine(_parent, "content")).FullName;
        _output = Path.Combine(_parent, "out");
    }

    [Fact]
    public void A_rebuild_keeps_unchanged_pages_with_their_timestamps_and_rewrites_changed_ones()
    {
        Build(("a.html", "same"), ("m/b.html", "old text"));
        File.SetLastWriteTimeUtc(Path.Combine(_output, "a.html"), LongAgo);
        File.SetLastWriteTimeUtc(Path.Combine(_output, "m", "b.html"), LongAgo);

        var unchanged = Build(("a.html", "same"), ("m/b.html", "new text"), ("m/c.html", "added"));

        Assert.Equal(1, unchanged);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_output, "a.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(_output, "m", "b.html")));
        Assert.Equal("same", File.ReadAllText(Path.Combine(_output, "a.html")));
        Assert.Equal("new text", File.ReadAllText(Path.Combine(_output, "m", "b.html")));
        Assert.Equal("added", File.ReadAllText(Path.Combine(_output, "m", "c.html")));
    }

    [Fact]
    public void A_page_edited_by_hand_in_the_output_is_written_again_not_kept()
    {
        Build(("a.html", "generated"));
        File.WriteAllText(Path.Combine(_output, "a.html"), "edited!!!");

        var unchanged = Build(("a.html", "generated"));

        Assert.Equal(0, unchanged);
        Assert.Equal("generated", File.ReadAllText(Path.Combine(_output, "a.html")));
    }

    [Fact]
    public void Writing_a_kept_page_again_in_the_same_build_leaves_the_previous_output_as_it_was()
    {
        Build(("a.html", "first"));
        using (var staging = Begin())
        {
            staging.Write(Page("a.html", "first"));
            Assert.Equal(1, staging.UnchangedFiles);

            staging.Write(Page("a.html", "second"));

            Assert.Equal(0, staging.UnchangedFiles);
            Assert.Equal("second", File.ReadAllText(Path.Combine(staging.Root, "a.html")));
            Assert.Equal("first", File.ReadAllText(Path.Combine(_output, "a.html")));
        }

        // Abandoned without a commit, as a failed build is: the previous output is untouched.
        Assert.Equal("first", File.ReadAllText(Path.Combine(_output, "a.html")));
    }

    [UnixFact]
    public void A_symbolic_link_in_the_previous_output_is_never_taken_over()
    {
        var elsewhere = Path.Combine(_parent, "elsewhere.html");
        File.WriteAllText(elsewhere, "same");
        Build(("a.html", "same"));
        File.Delete(Path.Combine(_output, "a.html"));
        File.CreateSymbolicLink(Path.Combine(_output, "a.html"), elsewhere);

        var unchanged = Build(("a.html", "same"));

        Assert.Equal(0, unchanged);
        Assert.Null(new FileInfo(Path.Combine(_output, "a.html")).LinkTarget);
        Assert.Equal("same", File.ReadAllText(Path.Combine(_output, "a.html")));
    }

    [Fact]
    public void The_first_build_into_a_new_folder_writes_every_page()
    {
        var unchanged = Build(("a.html", "one"), ("b.html", "two"));

        Assert.Equal(0, unchanged);
        Assert.Equal([OutputStaging.MarkerFile, "a.html", "b.html"], Directory.EnumerateFiles(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private OutputStaging Begin()
    {
        var staging = OutputStaging.TryBegin(_output, _content, out var refusal);
        Assert.Null(refusal);
        return staging!;
    }

    private int Build(params (string Path, string Text)[] pages)
    {
        using var staging = Begin();
        foreach (var (path, text) in pages)
        {
            staging.Write(Page(path, text));
        }

        staging.Commit();
        return staging.UnchangedFiles;
    }

    private static OutputFile Page(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
