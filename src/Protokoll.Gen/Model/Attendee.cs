namespace Protokoll.Gen.Model;

/// <summary>A person present at a meeting; <see cref="Items"/> is the partial attendance ("1-10") as written.</summary>
public sealed record Attendee
{
    public required string Name { get; init; }
    public string? Organisation { get; init; }
    public string? Role { get; init; }
    public string? Items { get; init; }

    /// <summary>The items the person attended, read from <see cref="Items"/>; null means every item.</summary>
    public ItemSelection? PresentFor { get; init; }
    public bool Remote { get; init; }
}
