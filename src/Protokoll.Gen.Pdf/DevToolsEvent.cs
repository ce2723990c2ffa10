using System.Text.Json;

namespace Protokoll.Gen.Pdf;

/// <summary>An event the browser sent (<c>Fetch.requestPaused</c>, <c>Page.loadEventFired</c>), for one page's session.</summary>
internal sealed record DevToolsEvent(string Method, JsonElement Parameters);
