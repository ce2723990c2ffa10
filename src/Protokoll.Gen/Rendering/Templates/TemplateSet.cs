using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Protokoll.Gen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// The Scriban templates of a build: the defaults embedded in the assembly (from the repository's templates/
/// folder), each overridable by a file of the same name in a user folder. Templates are parsed once and cached;
/// includes resolve only to template names inside the template folders (no '..', no absolute paths, no links
/// out); every parse or render error is a finding at the template's file, line and column.
/// </summary>
/// <remarks>
/// A set lives for one build: it reads each template file once, and it parses each include once and hands the
/// parsed include to every render. Scriban caches includes per <see cref="TemplateContext"/>, and a build makes one
/// context per page, so without this every page re-read and re-parsed its partials (a 10 000-item build renders
/// over 10 000 pages). Parsed templates are only read while rendering, so pages can share them across threads.
/// </remarks>
public sealed partial class TemplateSet : ITemplateLoader
{
    /// <summary>A template may loop this often in one loop: enough for 100 000 items, not for a runaway loop.</summary>
    public const int LoopLimit = 200_000;

    public const int RecursionLimit = 64;

    /// <summary>A single document larger than this is a template error, not a silently truncated page.</summary>
    public const int OutputLimit = 64 * 1024 * 1024;

    private const string EmbeddedPrefix = "templates/";

    private readonly string? _overrideFolder;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Template>> _includes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _overridePaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _nameByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Path, Template Include)> _resolvedIncludes = new(StringComparer.Ordinal);

    // Scriban wraps a .NET function through reflection; pages of a build share their functions, so each is wrapped once.
    private readonly ConcurrentDictionary<Delegate, IScriptCustomFunction> _functions = new();

    public TemplateSet(string? overrideFolder, TimeSpan? renderTimeLimit = null)
    {
        _overrideFolder = overrideFolder is null ? null : Path.GetFullPath(overrideFolder);
        RenderTimeLimit = renderTimeLimit ?? TimeSpan.FromSeconds(20);
    }

    /// <summary>Processor time one page's template may use; a page waiting without computing may take ten times as long (<see cref="RenderBudget"/>).</summary>
    public TimeSpan RenderTimeLimit { get; }

    /// <summary>The names of the embedded default templates and assets, such as "protokoll.sbnhtml".</summary>
    public static IReadOnlyList<string> DefaultNames { get; } = typeof(TemplateSet).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(n => n[EmbeddedPrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The text of a template or asset: the user's override if there is one, else the default.</summary>
    public string? ReadText(string name) => _texts.GetOrAdd(name, ReadTextOnce);

    private string? ReadTextOnce(string name)
    {
        if (OverridePath(name) is { } path)
        {
            return File.ReadAllText(path);
        }

        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(EmbeddedPrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Where a template comes from, as findings name it: the override file, or templates/NAME for a default.</summary>
    public string DisplayPath(string name) => OverridePath(name) ?? EmbeddedPrefix + name;

    /// <summary>Renders template <paramref name="name"/> with <paramref name="globals"/> as its top-level variables.</summary>
    /// <returns>The HTML, or null with findings when the template does not parse or fails while rendering.</returns>
    public string? Render(string name, IReadOnlyDictionary<string, object?> globals, List<Finding> findings)
    {
        var output = new StringBuilderOutput();
        return RenderInto(name, globals, findings, output) ? output.Builder.ToString() : null;
    }

    /// <summary>Renders template <paramref name="name"/> as <see cref="Render"/> does, straight into UTF-8 bytes: how a build saves its pages.</summary>
    /// <returns>The page's bytes, or null with findings when the template does not parse or fails while rendering.</returns>
    public byte[]? RenderUtf8(string name, IReadOnlyDictionary<string, object?> globals, List<Finding> findings)
    {
        using var output = new Utf8PageOutput();
        return RenderInto(name, globals, findings, output) ? output.ToArray() : null;
    }

    private bool RenderInto(string name, IReadOnlyDictionary<string, object?> globals, List<Finding> findings, IScriptOutput output)
    {
        if (Parse(name, findings) is not { } template)
        {
            return false;
        }

        var budget = new RenderBudget(RenderTimeLimit);
        // The wall-clock backstop also stops a page inside one long builtin call, which evaluates no nodes to check at.
        using var timeout = new CancellationTokenSource(budget.Backstop);
        var context = new EscapingTemplateContext
        {
            Budget = budget,
            Cancellation = timeout,
            TemplateLoader = this,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = 0,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            CancellationToken = timeout.Token,
            // Scriban's auto-indent repeats an expression's indentation on every line it prints: it searched every
            // rendered body for line breaks (8 % of a 1k build) and would shift the lines of a <pre> block.
            AutoIndent = false,
        };
        var script = new ScriptObject { ["include"] = new SafeIncludeFunction() };
        foreach (var (key, value) in globals)
        {
            if (value is Delegate function)
            {
                script.SetValue(key, _functions.GetOrAdd(function, f => DynamicCustomFunction.Create(f.Target, f.Method)), readOnly: true);
            }
            else
            {
                script[key] = value;
            }
        }

        context.PushGlobal(script);
        context.PushOutput(output);
        try
        {
            // What Template.Render does, minus its final copy of the whole output into a string.
            if (template.SourceFilePath is { } file)
            {
                context.PushSourceFile(file);
            }

            if (template.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }

            return true;
        }
        catch (ScriptParserRuntimeException parse)
        {
            foreach (var message in parse.ParserMessages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                findings.Add(Error(message.Span, message.Message));
            }
        }
        catch (ScriptRuntimeException runtime) when (runtime.InnerException is OperationCanceledException || timeout.IsCancellationRequested)
        {
            findings.Add(Error(runtime.Span, $"{StopReason(context, budget)}; look for a loop that never ends"));
        }
        catch (ScriptRuntimeException runtime)
        {
            findings.Add(Error(runtime.Span, runtime.OriginalMessage));
        }
        catch (OperationCanceledException)
        {
            var reason = StopReason(context, budget);
            findings.Add(Finding.Error(FindingCodes.TemplateError,
                $"{char.ToUpperInvariant(reason[0])}{reason[1..]}; look for a loop that never ends.",
                SourceLocation.StartOf(DisplayPath(name))));
        }

        return false;
    }

    // The budget names what it stopped; otherwise the wall-clock backstop's timer did.
    private static string StopReason(EscapingTemplateContext context, RenderBudget budget) =>
        context.BudgetExceeded ?? $"the template ran longer than {budget.Backstop.TotalSeconds:0} s";

    /// <summary>Parses every default template name (and its override), reporting all errors at once.</summary>
    public Template? Parse(string name, List<Finding> findings)
    {
        var path = DisplayPath(name);
        var template = _parsed.GetOrAdd(name, _ => new Lazy<Template>(() => Template.Parse(ReadText(name) ?? "", path))).Value;
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            findings.Add(Error(message.Span, message.Message));
        }

        return null;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // Every include of every page asks (tens of thousands of times in a large build); a name is checked, found and
        // parsed once, and adding to the shared dictionaries, which takes a lock, happens only then.
        if (!_resolvedIncludes.TryGetValue(templateName, out var resolved))
        {
            resolved = Resolve(context, callerSpan, templateName);
            _resolvedIncludes.TryAdd(templateName, resolved);
        }

        if (!resolved.Include.HasErrors)
        {
            context.CachedTemplates.TryAdd(resolved.Path, resolved.Include);
        }

        return resolved.Path;
    }

    private (string Path, Template Include) Resolve(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsValidName(templateName))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"'{templateName}' is not a template name: includes name a file inside the template folder, such as 'partials/item.sbnhtml', without '..' or an absolute path");
        }

        if (ReadTextOrNull(templateName) is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"there is no template '{templateName}'. Defaults: {string.Join(", ", DefaultNames.Where(n => n.EndsWith(".sbnhtml", StringComparison.Ordinal)))}");
        }

        var path = DisplayPath(templateName);
        _nameByPath.TryAdd(path, templateName);

        // Parsed as IncludeFunction parses it; one with errors is left to IncludeFunction, which reports them.
        var include = _includes.GetOrAdd(path, _ => new Lazy<Template>(() =>
            Template.Parse(ReadText(templateName) ?? "", path, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions))).Value;
        return (path, include);
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ReadText(_nameByPath[templatePath]) ?? "";

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(ReadText(_nameByPath[templatePath]));

    private string? ReadTextOrNull(string name)
    {
        try
        {
            return ReadText(name);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string? OverridePath(string name) => _overridePaths.GetOrAdd(name, FindOverride);

    private string? FindOverride(string name)
    {
        if (_overrideFolder is null || !IsValidName(name))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(_overrideFolder, name));
        if (!path.StartsWith(_overrideFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        // A link could point anywhere on the machine; templates come from the folder itself or not at all.
        for (var entry = new FileInfo(path) as FileSystemInfo; entry.FullName.Length > _overrideFolder.Length; entry = new DirectoryInfo(Path.GetDirectoryName(entry.FullName)!))
        {
            if (entry.LinkTarget is not null)
            {
                return null;
            }
        }

        return path;
    }

    private static bool IsValidName(string name) =>
        TemplateName().IsMatch(name) && !name.Split('/').Any(part => part is "" or "." or "..");

    private static Finding Error(SourceSpan span, string message)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? "templates" : span.FileName;
        return Finding.Error(FindingCodes.TemplateError, $"Template error: {message.TrimEnd('.')}.",
            new SourceLocation(file, Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1)));
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_./-]*$")]
    private static partial Regex TemplateName();
}
