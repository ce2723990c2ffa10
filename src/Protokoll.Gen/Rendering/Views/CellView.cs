namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// A cell of the budget table and the file:line of every amount summed in it, for the auditor; <see cref="SourcesText"/>
/// is that list joined as the table prints it, once per cell rather than once per printed table.
/// </summary>
public sealed record CellView(string Stage, decimal Amount, string AmountText, IReadOnlyList<string> Sources)
{
    public string SourcesText { get; } = string.Join(", ", Sources);
}
