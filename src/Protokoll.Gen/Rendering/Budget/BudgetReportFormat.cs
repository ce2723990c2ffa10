namespace Protokoll.Gen.Rendering.Budget;

/// <summary>The forms of a budget summary: the seed's table as text or Markdown, and data as JSON or CSV.</summary>
public enum BudgetReportFormat
{
    Text,
    Markdown,
    Json,
    Csv,
}
