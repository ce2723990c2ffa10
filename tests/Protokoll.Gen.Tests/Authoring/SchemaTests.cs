using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Authoring;

/// <summary>
/// The editor schemas cannot drift from the loader: their keys and allowed values are compared with
/// <see cref="ContentFormat"/>, and every sample file must validate while a misspelt key must not.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string, string, string[]> Blocks => new()
    {
        { SchemaFiles.Settings, "", [.. ContentFormat.SettingsKeys] },
        { SchemaFiles.Budget, "", [.. ContentFormat.BudgetKeys] },
        { SchemaFiles.Budget, "stage", [.. ContentFormat.StageKeys] },
        { SchemaFiles.Budget, "process", [.. ContentFormat.ProcessKeys] },
        { SchemaFiles.Budget, "allocation", [.. ContentFormat.AllocationKeys] },
        { SchemaFiles.Meeting, "", [.. ContentFormat.MeetingKeys] },
        { SchemaFiles.Meeting, "group", [.. ContentFormat.AttendeeGroupKeys] },
        { SchemaFiles.Meeting, "attendee", [.. ContentFormat.AttendeeKeys] },
        { SchemaFiles.Item, "", [.. ContentFormat.ItemKeys] },
        { SchemaFiles.Item, "allocation", [.. ContentFormat.AllocationKeys] },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_schema_block_has_exactly_the_keys_the_loader_knows_and_no_others(string schema, string definition, string[] keys)
    {
        var block = Block(schema, definition);

        Assert.Equal(keys.Order(StringComparer.Ordinal), block["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(block["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Allowed_values_are_the_loaders()
    {
        Assert.Equal(ContentFormat.Locales, Enum(SchemaFiles.Settings, "locale"));
        Assert.Equal(ContentFormat.NumberingModes.Keys, Enum(SchemaFiles.Settings, "numbering"));
        Assert.Equal(ContentFormat.ItemTypes.Keys, Enum(SchemaFiles.Item, "type"));
        Assert.Equal(ContentFormat.Outcomes.Keys, Enum(SchemaFiles.Item, "outcome"));
    }

    [Fact]
    public void The_embedded_schemas_are_the_repositorys_files()
    {
        foreach (var name in SchemaFiles.Names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", name)), SchemaFiles.Read(name));
        }
    }

    public static TheoryData<string, string> SampleFiles()
    {
        var data = new TheoryData<string, string>
        {
            { "protokoll.yml", SchemaFiles.Settings },
            { "budgets/2022.yml", SchemaFiles.Budget },
        };
        foreach (var meeting in Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.SampleContent, "meetings")))
        {
            var id = Path.GetFileName(meeting);
            data.Add($"meetings/{id}/meeting.yml", SchemaFiles.Meeting);
            foreach (var item in Directory.EnumerateFiles(meeting, "*.md").Order(StringComparer.Ordinal))
            {
                data.Add($"meetings/{id}/{Path.GetFileName(item)}", SchemaFiles.Item);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_file_validates_against_its_schema(string file, string schema)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.SampleContent, file));

        var errors = Validate(schema, file.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(text) : YamlJson.Convert(text));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_sample_points_its_editor_at_the_schemas()
    {
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/protokoll.schema.json\n",
            File.ReadAllText(Path.Combine(RepositoryPaths.SampleContent, "protokoll.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SchemaFiles.Settings, "organisation: A\nbody: B\nnumbreing: per-year\n")]
    [InlineData(SchemaFiles.Budget, "year: 2022\ntotal: 100\nprocesses: [A]\nallocations:\n  - { process: A, stage: s, amount: 5, note: x }\n")]
    [InlineData(SchemaFiles.Meeting, "date: 2022-09-15\nattendees:\n  - group: G\n    people:\n      - { name: A, remote: true, phone: 1 }\n")]
    [InlineData(SchemaFiles.Item, "number: 1\ntitle: A\nammount: 5\n")]
    public void An_unknown_key_does_not_validate(string schema, string yaml)
    {
        Assert.NotEmpty(Validate(schema, YamlJson.Convert(yaml)));
    }

    [Theory]
    [InlineData("amount: 275740")]
    [InlineData("amount: 275740.50")]
    [InlineData("amount: \"275 740 kr\"")]
    [InlineData("amount: \"1 000,50 kr\"")]
    public void Amounts_validate_as_numbers_or_as_kronor_text(string amount)
    {
        Assert.Empty(Validate(SchemaFiles.Item, YamlJson.Convert($"number: 8\ntitle: A\nprocess: P\n{amount}\n")));
    }

    [Theory]
    [InlineData("amount: many")]
    [InlineData("type: decisoin")]
    [InlineData("supplement: maybe")]
    public void Wrong_values_do_not_validate(string line)
    {
        Assert.NotEmpty(Validate(SchemaFiles.Item, YamlJson.Convert($"number: 8\ntitle: A\n{line}\n")));
    }

    internal static List<string> Validate(string schemaName, JsonNode? document)
    {
        var schema = JsonSchema.FromText(SchemaFiles.Read(schemaName), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var json = JsonDocument.Parse(document?.ToJsonString() ?? "null");
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    private static JsonObject Block(string schema, string definition)
    {
        var root = JsonNode.Parse(SchemaFiles.Read(schema))!.AsObject();
        return definition.Length == 0 ? root : root["$defs"]![definition]!.AsObject();
    }

    private static IEnumerable<string> Enum(string schema, string key) =>
        Block(schema, "")["properties"]![key]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
}
