using System.Text;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>A sample file changed by a list of mutations: what one fuzz case writes into the content folder.</summary>
internal sealed record FuzzCase(string File, IReadOnlyList<Mutation> Mutations)
{
    public byte[] Bytes() => Mutations.Aggregate(SeedCorpus.Bytes(File), (bytes, mutation) => mutation.Apply(bytes));

    /// <summary>The file and its mutations, and the start of the result, so a failure can be reproduced by hand.</summary>
    public override string ToString()
    {
        var bytes = Bytes();
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 600));
        return $"{File} after [{string.Join("; ", Mutations)}]:\n{head}";
    }
}
