namespace Protokoll.Gen.Rendering.Html;

/// <summary>
/// HTML that is already safe (sanitized Markdown, rendered partials, generated SVG): the one kind of value the
/// templates print without escaping. Everything else a template prints is HTML-escaped.
/// </summary>
public sealed record HtmlFragment(string Html)
{
    public static HtmlFragment Empty { get; } = new("");

    public bool IsEmpty => Html.Length == 0;

    public override string ToString() => Html;
}
