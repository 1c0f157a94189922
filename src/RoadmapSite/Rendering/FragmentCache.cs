using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using RoadmapSite.Content.Model;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Rendering;

/// <summary>
/// The live preview's fragments (<see cref="PageContext.Reused"/>), kept across rebuilds. An unchanged file
/// gives the same record object from the load cache, so a fragment is found again by its record,
/// and an edited record, a new object, misses and is rendered afresh; fragments of records no
/// handbook holds any more go with them. Fragments may also show the records other than measures,
/// so when any of those is new, everything is forgotten.
/// </summary>
public sealed class FragmentCache
{
    private readonly Lock _lock = new();
    private Fragments? _current;

    /// <summary>The fragments to use for pages of <paramref name="handbook"/>.</summary>
    public IFragmentCache For(Handbook handbook)
    {
        var shared = SharedRecords(handbook);
        lock (_lock)
        {
            if (_current is null || !_current.Shared.SequenceEqual(shared, ReferenceEqualityComparer.Instance))
                _current = new Fragments(shared);
            return _current;
        }
    }

    private static List<object> SharedRecords(Handbook handbook) => [.. handbook.Records.Where(r => r is not Measure)];

    private sealed class Fragments(IReadOnlyList<object> shared) : IFragmentCache
    {
        public IReadOnlyList<object> Shared { get; } = shared;

        private readonly ConditionalWeakTable<Record, ConcurrentDictionary<(string Place, Language Language), string>> _html = [];

        public string Html(Record record, string place, Language language, RenderFragment content) =>
            _html.GetOrCreateValue(record).GetOrAdd((place, language), static (_, content) => PageRenderer.RenderText(typeof(Host), new Dictionary<string, object?> { ["Content"] = content }), content);
    }

    /// <summary>Renders a fragment on its own.</summary>
    private sealed class Host : IComponent
    {
        private RenderHandle _handle;

        public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

        public Task SetParametersAsync(ParameterView parameters)
        {
            var content = parameters.GetValueOrDefault<RenderFragment>("Content")!;
            _handle.Render(content);
            return Task.CompletedTask;
        }
    }
}
