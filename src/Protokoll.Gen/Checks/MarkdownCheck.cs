using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Checks;

/// <summary>
/// Markdown the renderer would refuse is reported by the check, at the text, so that <c>protokoll check</c> in CI
/// catches what would otherwise fail the build with an exception.
/// </summary>
public sealed class MarkdownCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var item in context.Content.Meetings.SelectMany(m => m.Items))
        {
            foreach (var (text, location) in new[]
            {
                (item.Proposal, item.Source["proposal"]),
                (item.Motives, item.Source["motives"]),
                (item.Decision, item.Source["decision"]),
                (item.Body, new SourceLocation(item.File, item.BodyLine, 1)),
            })
            {
                if (MarkdownRenderer.Problem(text) is { } problem)
                {
                    yield return Finding.Error(FindingCodes.MarkdownTooDeep,
                        $"This text cannot be rendered: {problem.TrimEnd('.')}. Remove the long run of nested brackets, quotes ('>') or list markers.",
                        location);
                }
            }
        }
    }
}
