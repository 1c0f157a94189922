namespace RoadmapSite.Content.Loading;

/// <summary>Reads every record of input/, validates it and builds the <see cref="Model.Handbook"/>.</summary>
public static class HandbookLoader
{
    public static LoadResult Load(string inputDirectory) => throw new NotImplementedException("loader: being written");
}
