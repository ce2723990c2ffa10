namespace Protokoll.Gen.Pdf.Tests;

public sealed class RequestPolicyTests
{
    private const string Root = "/srv/out";
    private const string Document = "/srv/out/minutes.html";
    private readonly RequestPolicy policy = new(Root);

    [Theory]
    [InlineData("file:///srv/out/minutes.html")]
    [InlineData("file:///srv/out/assets/print.css")]
    [InlineData("file:///srv/out/bilder/%C3%A5rsm%C3%B6te.png")]
    [InlineData("file:///srv/out/assets/../logo.svg")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    public void Allows_the_document_files_under_the_root_and_inline_data(string url) =>
        Assert.True(policy.IsAllowed(url, Document), url);

    [Theory]
    [InlineData("http://127.0.0.1:8080/x.png")]
    [InlineData("https://example.org/x.png")]
    [InlineData("ws://127.0.0.1/socket")]
    [InlineData("wss://example.org/socket")]
    [InlineData("ftp://example.org/file")]
    [InlineData("blob:file:///6c3a2f0e-1d2b-4c5d-9e8f-0a1b2c3d4e5f")]
    [InlineData("javascript:alert(1)")]
    [InlineData("chrome://settings")]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///srv/out/../secret.txt")]
    [InlineData("file:///srv/out/%2e%2e/secret.txt")]
    [InlineData("file:///srv/out/assets/../../secret.txt")]
    [InlineData("file:///srv/outside/x.png")]
    [InlineData("file:///srv/out")]
    [InlineData("file://fileserver/share/x.png")]
    [InlineData("not a url")]
    public void Blocks_the_network_other_schemes_and_files_outside_the_root(string url) =>
        Assert.False(policy.IsAllowed(url, Document), url);

    [Fact]
    public void The_document_itself_is_allowed_even_outside_the_root() =>
        Assert.True(policy.IsAllowed("file:///tmp/elsewhere/minutes.html", "/tmp/elsewhere/minutes.html"));
}
