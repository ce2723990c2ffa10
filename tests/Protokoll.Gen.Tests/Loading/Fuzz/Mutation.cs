namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>One change to a file's bytes, with a description that names it in a failure message.</summary>
internal sealed record Mutation(string Description, Func<byte[], byte[]> Apply)
{
    public override string ToString() => Description;
}
