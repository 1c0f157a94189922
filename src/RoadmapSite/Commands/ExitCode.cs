namespace RoadmapSite.Commands;

/// <summary>Exit codes distinguish content an editor must fix from a bug or a wrong invocation.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int InternalError = 2;
}
