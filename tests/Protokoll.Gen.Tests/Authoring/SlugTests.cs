using Protokoll.Gen.Authoring;

namespace Protokoll.Gen.Tests.Authoring;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Mötets öppnande", "motets-oppnande")]
    [InlineData("Godkännande av dagordning", "godkannande-av-dagordning")]
    [InlineData("Beslut: Matvård & Åre – steg 2", "beslut-matvard-are-steg-2")]
    [InlineData("Café-idé för ÅÄÖ", "cafe-ide-for-aao")]
    [InlineData("  --Övriga   frågor?!--  ", "ovriga-fragor")]
    [InlineData("Ærø og Straße", "aero-og-strasse")]
    public void Titles_become_lowercase_ascii_words_joined_by_dashes(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title, "punkt"));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_within_sixty_characters()
    {
        var slug = Slug.From("Beslut om den utmaningsdrivna nätverksprocessen Projektberedskap i Lindesbergs kommun", "punkt");

        Assert.Equal("beslut-om-den-utmaningsdrivna-natverksprocessen", slug);
        Assert.True(slug.Length <= Slug.DefaultMaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("§ — ?")]
    public void A_title_without_letters_gets_the_fallback(string title)
    {
        Assert.Equal("punkt", Slug.From(title, "punkt"));
    }
}
