using System.Collections.Concurrent;
using System.Text;
using Protokoll.Gen.Rendering.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, as Razor does: content written by outsiders
/// can never become markup by accident. Only <see cref="HtmlFragment"/> values (sanitized Markdown, rendered
/// partials, generated SVG) pass through unchanged.
/// </summary>
/// <remarks>
/// Every page gets a context of its own, but they share what is the same for all of them: one frozen set of Scriban's
/// builtin functions (building it took a quarter of the time of a small page; frozen, no template can redefine
/// <c>string.upcase</c> for the pages after it), and the member accessor of each view type, which Scriban otherwise
/// builds by reflection once per context (7 % of a build's template time). Accessors depend only on the member filter
/// and renamer, and every context here keeps Scriban's defaults.
/// </remarks>
internal sealed class EscapingTemplateContext() : TemplateContext(SharedBuiltins)
{
    private static readonly ScriptObject SharedBuiltins = FrozenBuiltins();

    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    private static ScriptObject FrozenBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject module)
            {
                module.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>The page's time limit, checked at every step of every loop; null for none.</summary>
    public RenderBudget? Budget { get; init; }

    /// <summary>Why the budget stopped the page, once it has.</summary>
    public string? BudgetExceeded { get; private set; }

    /// <summary>The cancellation that stops the page, which Scriban checks before every statement and loop step.</summary>
    public CancellationTokenSource? Cancellation { get; init; }

    // Loop steps, not node evaluations: checking at every evaluation made a 1 000-item build 6 % slower, while a
    // template can only compute for long by looping (or through recursion, which the wall-clock backstop bounds).
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (Budget?.Exceeded() is { } reason)
        {
            BudgetExceeded = reason;
            Cancellation?.Cancel();
            // Throws Scriban's abort at the loop, so the finding points at the template line.
            CheckAbort();
        }

        return base.OnStepLoop(loop);
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlFragment fragment => Write(fragment.Source, fragment.Start, fragment.Length),
        _ => base.Write(span, Escape(ObjectToString(textAsObject) ?? "")),
    };

    /// <summary>
    /// Escapes the five characters that matter in text and quoted attributes, and nothing else, so Swedish letters
    /// stay readable (and searchable) in the page source.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
