using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Rendering;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>
/// Property tests over the loader and the checks with the sample's files as seed corpus, each case one file
/// mutated (see <see cref="Mutations"/>). A pull request's content is untrusted: whatever it holds, `protokoll check`
/// must answer with findings a secretary can follow, never with a stack trace, and must never drop a file silently.
/// Longer run: PROTOKOLL_FUZZ_CASES=100000 dotnet test tests/Protokoll.Gen.Tests --filter FullyQualifiedName~Fuzz
/// </summary>
public sealed class LoaderFuzzTests : IDisposable
{
    private readonly TempContent _content = TempContent.FromSample();

    [Fact]
    public void No_mutated_file_makes_the_check_throw_and_every_finding_points_into_its_file()
    {
        Check.One(FuzzSettings.Config(1500), Prop.ForAll(Mutations.Case.ToArbitrary(), (FuzzCase fuzz) => WithCase(fuzz, path =>
        {
            var analysis = CheckSuite.Run(_content.Root);

            AssertEveryFindingPointsIntoItsFile(analysis.Findings);
            AssertNothingDroppedSilently(analysis, fuzz.File, path);
        })));
    }

    [Fact]
    public void Mutated_content_that_passes_the_check_renders_without_an_exception()
    {
        var templates = new TemplateSet(null);
        var labels = Labels.Embedded("sv-SE");
        Check.One(FuzzSettings.Config(300, share: 20), Prop.ForAll(Mutations.Case.ToArbitrary(), (FuzzCase fuzz) => WithCase(fuzz, _ =>
        {
            var analysis = CheckSuite.Run(_content.Root);
            if (!analysis.HasErrors)
            {
                var site = SiteBuilder.Build(analysis, templates, analysis.Content.Settings.Locale == "sv-SE" ? labels : Labels.Embedded(analysis.Content.Settings.Locale), _ => { });
                Assert.DoesNotContain(site.Findings, f => f.IsError);
            }
        })));
    }

    public void Dispose() => _content.Dispose();

    private void WithCase(FuzzCase fuzz, Action<string> check)
    {
        var path = _content.PathOf(fuzz.File);
        File.WriteAllBytes(path, fuzz.Bytes());
        try
        {
            check(path);
        }
        finally
        {
            File.WriteAllBytes(path, SeedCorpus.Bytes(fuzz.File));
        }
    }

    private void AssertEveryFindingPointsIntoItsFile(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var (file, line, column) = finding.Location;
            Assert.True(line >= 1 && column >= 1, $"{finding}: line and column start at 1");
            Assert.StartsWith(_content.Root + Path.DirectorySeparatorChar, file, StringComparison.Ordinal);
            if (!File.Exists(file))
            {
                Assert.True((line, column) == (1, 1), $"{finding}: a missing file is reported at its start");
                continue;
            }

            var lengths = LineLengths(File.ReadAllBytes(file));
            Assert.True(line <= lengths.Count, $"{finding}: the file has {lengths.Count} lines");
            Assert.True(column <= lengths[line - 1] + 1, $"{finding}: line {line} has {lengths[line - 1]} characters");
        }
    }

    /// <summary>A file the loader could not turn into its part of the model must have an error of its own.</summary>
    private static void AssertNothingDroppedSilently(Analysis analysis, string relative, string path)
    {
        var parts = relative.Split('/');
        var loaded = parts switch
        {
            ["budgets", _] => analysis.Content.Budgets.Any(b => b.File == path),
            ["meetings", var id, ContentFormat.MeetingFile] => analysis.Content.FindMeeting(id) is not null,
            ["meetings", var id, _] => analysis.Content.FindMeeting(id)?.Items.Any(i => i.File == path) == true,
            _ => true,
        };
        Assert.True(loaded || analysis.Findings.Any(f => f.IsError && f.Location.File == path),
            $"{relative} was left out of the model without an error in it:\n{string.Join("\n", analysis.Findings)}");
    }

    /// <summary>
    /// Each line's length in characters, as the loader may count it: after strict decoding and NFC (where the bytes
    /// decode), or as decoded with replacement characters (where they do not, for the byte-level finding).
    /// </summary>
    private static List<int> LineLengths(byte[] bytes)
    {
        static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

        var lenient = Lines(Encoding.UTF8.GetString(bytes));
        var strict = TextFileReader.Decode(bytes, "", []) is { } text ? Lines(text) : [];
        return Enumerable.Range(0, Math.Max(lenient.Length, strict.Length))
            .Select(i => Math.Max(i < lenient.Length ? lenient[i].Length : 0, i < strict.Length ? strict[i].Length : 0))
            .ToList();
    }
}
