using System.Text.Json.Serialization;

namespace RoadmapSite.Tests.Validity;

/// <summary>The whole JSON document the Nu HTML Checker writes with <c>--format json</c>.</summary>
public sealed record VnuOutput([property: JsonPropertyName("messages")] IReadOnlyList<VnuMessage> Messages);
