using System.Text;
using Protokoll.Gen.Rendering.Templates;

namespace Protokoll.Gen.Tests.Rendering.Templates;

public sealed class Utf8PageOutputTests
{
    [Fact]
    public void A_character_split_across_two_writes_is_encoded_whole()
    {
        using var output = new Utf8PageOutput(initialCapacity: 4);

        output.Write("a\uD83C", 0, 2);
        output.Write("x\uDF89b", 1, 2);

        Assert.Equal(Encoding.UTF8.GetBytes("a🎉b"), output.ToArray());
    }

    [Fact]
    public void A_lone_surrogate_at_the_end_becomes_a_replacement_character_as_in_a_string()
    {
        using var output = new Utf8PageOutput(initialCapacity: 4);

        output.Write("slut\uD83C", 0, 5);

        Assert.Equal(Encoding.UTF8.GetBytes("slut\uD83C"), output.ToArray());
    }

    [Fact]
    public void Writes_past_the_first_buffer_keep_everything_in_order()
    {
        using var output = new Utf8PageOutput(initialCapacity: 16);
        var expected = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            var text = $"<li>§ {i}: Överklagande – å ä ö</li>";
            output.Write(text, 0, text.Length);
            expected.Append(text);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), output.ToArray());
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(output.ToArray()));
    }
}
