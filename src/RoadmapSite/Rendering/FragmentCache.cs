using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using RoadmapSite.Content.Model;
using RoadmapSite.Theme.Layout;

namespace RoadmapSite.Rendering;

/// <summary>
/// The live preview's fragments (<see cref="PageContext.Reused(IReadOnlyList{Record}, string, RenderFragment)"/>),
/// kept across rebuilds. An unchanged file gives the same record object from the load cache, so a
/// fragment is found again by the records it shows, and one that shows an edited record, a new
/// object, misses and is rendered afresh. Fragments may also show the records other than measures,
/// so when any of those is new, everything is forgotten. What is kept is each fragment's UTF-8,
/// which pages copy as it is, with the fragments inside it kept once (<see cref="EncodedPiece"/>).
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

    /// <summary>
    /// Forgets the fragments no page has used since the last call: those of records since edited or
    /// deleted. Call it after a build of the whole site, which uses every fragment still current.
    /// </summary>
    public void ForgetUnused()
    {
        lock (_lock) _current?.ForgetUnused();
    }

    /// <summary>How many fragments are kept, in both languages.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _current?.Count ?? 0;
        }
    }

    private static List<object> SharedRecords(Handbook handbook) => [.. handbook.Records.Where(r => r is not Measure)];

    private sealed class Fragments(IReadOnlyList<object> shared) : IFragmentCache
    {
        public IReadOnlyList<object> Shared { get; } = shared;

        private readonly ConcurrentDictionary<Key, Entry> _entries = new();
        private int _generation;

        public int Count => _entries.Count;

        // The fragments used while a fragment renders: those inside it, kept as long as it is.
        private readonly AsyncLocal<List<Entry>?> _inside = new();

        public string Html(IReadOnlyList<Record> records, string place, Language language, RenderFragment content)
        {
            var key = new Key(place, language, [.. records]);
            if (!_entries.TryGetValue(key, out var entry))
                entry = _entries.GetOrAdd(key, Render(content));
            entry.Use(Volatile.Read(ref _generation));
            _inside.Value?.Add(entry);
            return entry.StandIn;
        }

        private Entry Render(RenderFragment content)
        {
            var outer = _inside.Value;
            var inside = _inside.Value = [];
            try
            {
                var piece = PageRenderer.RenderPiece(typeof(Host), new Dictionary<string, object?> { ["Content"] = content });
                return new Entry(EncodedMarkup.StandIn(piece), inside);
            }
            finally
            {
                _inside.Value = outer;
            }
        }

        public void ForgetUnused()
        {
            var generation = Interlocked.Increment(ref _generation) - 1;
            foreach (var (key, entry) in _entries)
                if (entry.Used < generation) _entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry(string standIn, IReadOnlyList<Entry> inside)
    {
        public string StandIn { get; } = standIn;
        public int Used { get; private set; }

        /// <summary>Marks this fragment and those inside it, which a page using it does not ask for, as used.</summary>
        public void Use(int generation)
        {
            if (Used == generation) return;
            Used = generation;
            foreach (var entry in inside) entry.Use(generation);
        }
    }

    /// <summary>A fragment's place, language and records, the records compared as objects.</summary>
    private readonly struct Key(string place, Language language, Record[] records) : IEquatable<Key>
    {
        private readonly string _place = place;
        private readonly Language _language = language;
        private readonly Record[] _records = records;

        public bool Equals(Key other)
        {
            if (_language != other._language || _place != other._place || _records.Length != other._records.Length) return false;
            for (var i = 0; i < _records.Length; i++)
                if (!ReferenceEquals(_records[i], other._records[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_place);
            hash.Add(_language);
            foreach (var record in _records) hash.Add(RuntimeHelpers.GetHashCode(record));
            return hash.ToHashCode();
        }
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
