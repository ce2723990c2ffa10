using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>What <see cref="ContentLoader"/> read: the model, and the findings of reading it.</summary>
public sealed record LoadResult(ContentSet Content, IReadOnlyList<Finding> Findings);
