using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Cli.Tests.Pdf;

/// <summary>One <c>protokoll build content --pdf</c> of the repository's sample, shared by the tests that read it.</summary>
public sealed class SamplePdfFixture : IDisposable
{
    public PdfSite Site { get; } = PdfSite.Build(RepositoryPaths.SampleContent);

    public void Dispose() => Site.Dispose();
}
