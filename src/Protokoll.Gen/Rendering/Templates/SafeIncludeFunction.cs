using Protokoll.Gen.Rendering.Html;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, marking its result as already-rendered HTML so the escaping context does not
/// escape a partial's markup a second time. Resolution and confinement stay in <see cref="TemplateSet"/>.
/// </summary>
internal sealed class SafeIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(HtmlFragment);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlFragment(await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? "");
}
