namespace Protokoll.Gen.Authoring;

/// <summary>What <c>protokoll init</c> asks for: the names on the documents and the first meeting's date.</summary>
public sealed record SkeletonOptions
{
    public const string DefaultOrganisation = "Vår organisation";
    public const string DefaultBody = "Styrgruppen";

    public string Organisation { get; init; } = DefaultOrganisation;
    public string Body { get; init; } = DefaultBody;
    public required DateOnly Date { get; init; }
}
