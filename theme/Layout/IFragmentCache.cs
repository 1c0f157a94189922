using Microsoft.AspNetCore.Components;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Theme.Layout;

/// <summary>
/// Where <see cref="PageContext.Reused"/> keeps the HTML of fragments it rendered, for one handbook: the live
/// preview keeps one across rebuilds, so after an edit only the edited record's fragments are
/// rendered again. A build has none and renders every fragment in place.
/// </summary>
public interface IFragmentCache
{
    /// <summary>
    /// The HTML of <paramref name="content"/> for <paramref name="record"/> in <paramref name="language"/>:
    /// rendered now, or as rendered before for the same record (the same object), place and language.
    /// </summary>
    string Html(Record record, string place, Language language, RenderFragment content);
}
