using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Output;
using Protokoll.Gen.Rendering.Templates;

namespace Protokoll.Gen.Rendering;

/// <summary>
/// The whole build: check, render into a staging folder, optional post-step, swap in. Content errors stop it before
/// anything is written; template errors throw the staging folder away, so the output folder is never touched by a
/// failed build. The content folder is only ever read.
/// </summary>
public static class SiteBuild
{
    public static async Task<BuildOutcome> RunAsync(BuildRequest request, CancellationToken cancellationToken = default)
    {
        var analysis = CheckSuite.Run(request.ContentRoot);
        if (analysis.HasErrors)
        {
            return new BuildOutcome(BuildStatus.ContentErrors, analysis.Findings, [], analysis);
        }

        var settings = analysis.Content.Settings;
        var templatesFolder = request.TemplatesFolder
            ?? (settings.Templates is { } configured ? Path.GetFullPath(Path.Combine(analysis.Content.Root, configured)) : null);
        var findings = new List<Finding>(analysis.Findings);
        var labels = Labels.Load(settings.Locale, templatesFolder is null ? null : Path.Combine(templatesFolder, "locales", settings.Locale + ".yml"), findings);
        if (findings.Any(f => f.IsError))
        {
            return new BuildOutcome(BuildStatus.TemplateErrors, FindingOrder.Sort(findings), [], analysis);
        }

        using var staging = OutputStaging.TryBegin(request.OutputFolder, analysis.Content.Root, out var refusal);
        if (staging is null)
        {
            findings.Add(refusal!);
            return new BuildOutcome(BuildStatus.Refused, FindingOrder.Sort(findings), [], analysis);
        }

        // Every file has its own path, so pages are written in whatever order they finish: the bytes are the same.
        var rendered = SiteBuilder.Build(analysis, new TemplateSet(templatesFolder), labels, staging.Write, request.Edition, cancellationToken);
        findings.AddRange(rendered.Findings);
        if (findings.Any(f => f.IsError))
        {
            return new BuildOutcome(BuildStatus.TemplateErrors, FindingOrder.Sort(findings), [], analysis);
        }

        if (request.BeforeCommit is { } step
            && (!await step(new BuildStep(staging, rendered.Files, settings, findings), cancellationToken).ConfigureAwait(false) || findings.Any(f => f.IsError)))
        {
            return new BuildOutcome(BuildStatus.StepFailed, FindingOrder.Sort(findings), [], analysis);
        }

        staging.Commit();
        return new BuildOutcome(BuildStatus.Written, FindingOrder.Sort(findings), rendered.Files, analysis);
    }
}
