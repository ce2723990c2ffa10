namespace Protokoll.Gen.Rendering;

/// <summary>How a build ended.</summary>
public enum BuildStatus
{
    /// <summary>The output folder was replaced with the new build.</summary>
    Written,

    /// <summary>The content has errors: nothing was written.</summary>
    ContentErrors,

    /// <summary>A template failed: nothing was written.</summary>
    TemplateErrors,

    /// <summary>A step after rendering (such as printing PDFs) failed: nothing was written.</summary>
    StepFailed,

    /// <summary>The output folder may not be written (inside the content folder, or not made by a build).</summary>
    Refused,
}
