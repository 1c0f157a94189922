namespace RoadmapSite.Content.Loading;

/// <summary>What a value does wrong against its <see cref="Schema"/>, one keyword at a time.</summary>
public enum SchemaViolationKind
{
    UnknownField,
    MissingField,
    WrongType,
    PatternMismatch,
    NotInEnum,
    TooFewItems,
    DuplicateItems,
    TooSmall,
    TooLarge,
}

/// <summary>
/// One way a record breaks its schema, found by <see cref="SchemaValidator"/> and worded for an
/// editor by <see cref="SchemaErrorMessage"/>.
/// </summary>
/// <param name="Path">Where, as the <see cref="SourceMap"/> spells it: the value's path, or for a missing field the path of the object that lacks it.</param>
/// <param name="Schema">The schema that was broken; for a field unknown or missing, the object's.</param>
/// <param name="Field">The field unknown or missing.</param>
public sealed record SchemaViolation(SchemaViolationKind Kind, string Path, Schema Schema, string? Field = null);
