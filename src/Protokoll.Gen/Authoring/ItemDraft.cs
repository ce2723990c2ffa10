using Protokoll.Gen.Model;

namespace Protokoll.Gen.Authoring;

/// <summary>An agenda item about to be written: its front matter values and Markdown body.</summary>
public sealed record ItemDraft
{
    public required ItemNumber Number { get; init; }
    public required string Title { get; init; }

    /// <summary>A key of <see cref="Loading.ContentFormat.ItemTypes"/>, or null to leave the default (information).</summary>
    public string? Type { get; init; }
    public string? Process { get; init; }
    public string? Stage { get; init; }
    public decimal? Amount { get; init; }
    public string? Proposal { get; init; }
    public string? Motives { get; init; }
    public string? Decision { get; init; }
    public string Body { get; init; } = "";

    /// <summary>The file name: the number, two digits at least so files sort in agenda order, then the title's slug.</summary>
    public string FileName => $"{Number.Value:D2}{Number.Suffix}-{Slug.From(Title, "punkt")}.md";

    /// <summary>The whole file: front matter in the format's key order, then the body.</summary>
    public string ToFileText()
    {
        var yaml = new System.Text.StringBuilder("---\n");
        // A number (with its optional letter, as in 17a) is always safe unquoted, and reads best that way.
        yaml.Append("number: ").Append(Number.Slug).Append('\n');
        yaml.Append(YamlText.Entry("title", Title));
        AppendIfPresent(yaml, "type", Type);
        AppendIfPresent(yaml, "process", Process);
        AppendIfPresent(yaml, "stage", Stage);
        if (Amount is { } amount)
        {
            yaml.Append("amount: ").Append(YamlText.Amount(amount)).Append('\n');
        }

        AppendIfPresent(yaml, "proposal", Proposal);
        AppendIfPresent(yaml, "motives", Motives);
        AppendIfPresent(yaml, "decision", Decision);
        yaml.Append("---\n");
        return yaml.Append(Body).ToString();
    }

    private static void AppendIfPresent(System.Text.StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.Append(YamlText.Entry(key, value));
        }
    }
}
