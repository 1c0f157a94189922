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
    /// The markup of <paramref name="content"/>, made from <paramref name="records"/> in <paramref name="language"/>:
    /// rendered now, or as rendered before for the same records (the same objects, in the same
    /// order), place and language. It may be a stand-in for HTML encoded before, which only the
    /// page's writer can put in.
    /// </summary>
    string Html(IReadOnlyList<Record> records, string place, Language language, RenderFragment content);
}
