using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering;

/// <summary>One build of the repository's sample, shared by the snapshot tests.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = BuiltSite.Of(RepositoryPaths.SampleContent);

    public void Dispose() => Site.Dispose();
}
