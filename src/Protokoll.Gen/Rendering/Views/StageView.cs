namespace Protokoll.Gen.Rendering.Views;

/// <summary>A stage column and its total.</summary>
public sealed record StageView(string Key, string Label, decimal Total, string TotalText);
