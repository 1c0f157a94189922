namespace RoadmapSite.Content.Loading;

/// <summary>The JSON types a schema's <c>type</c> allows; <see cref="Any"/> when it names none.</summary>
[Flags]
public enum JsonTypes
{
    Any = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    String = 16,
    Array = 32,
    Object = 64,
}
