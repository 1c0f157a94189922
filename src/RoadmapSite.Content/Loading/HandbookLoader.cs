using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Reads every record of input/, validates it against its JSON Schema, runs the content rules and
/// builds the <see cref="Handbook"/>. Bad content never throws: each problem becomes a
/// <see cref="Diagnostic"/>, and all of them are reported, sorted by file, line and column.
/// </summary>
public static class HandbookLoader
{
    /// <summary>Loads <paramref name="inputDirectory"/>, naming files relative to the current directory.</summary>
    public static LoadResult Load(string inputDirectory) => Load(inputDirectory, Environment.CurrentDirectory);

    /// <summary>Loads <paramref name="inputDirectory"/>, naming files relative to <paramref name="displayBase"/>.</summary>
    /// <param name="cache">Reuses what the files not changed since the last load with the same cache gave.</param>
    public static LoadResult Load(string inputDirectory, string displayBase, LoadCache? cache = null)
    {
        var baseDirectory = Path.GetFullPath(displayBase);
        string Display(string path) => DisplayPath(baseDirectory, path);

        var diagnostics = new List<Diagnostic>();
        var files = InputTree.Scan(inputDirectory, Display, diagnostics);
        var schemaDirectory = Path.Combine(Path.GetFullPath(inputDirectory), "schemas");
        var schemas = SchemaSet.For(schemaDirectory, Display(schemaDirectory));
        cache?.Begin(schemaDirectory);

        // Files are independent until the cross-record rules, so read them in parallel; results go
        // into slots by index so the outcome does not depend on scheduling.
        var loaded = new LoadedRecord?[files.Count];
        var perFile = new List<Diagnostic>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            perFile[i] = [];
            loaded[i] = cache is null
                ? LoadFile(files[i], schemas, perFile[i])
                : cache.Load(files[i], perFile[i], (file, found) => LoadFile(file, schemas, found));
        });
        cache?.End(files);
        foreach (var list in perFile) diagnostics.AddRange(list);

        var records = loaded.OfType<LoadedRecord>().ToList();
        var unreadable = files.Where((_, i) => loaded[i] is null);
        var context = new CheckContext(records, unreadable);
        // The rules only read the records, so they run side by side; the sort below fixes the order.
        var byRule = ContentRules.AcrossRecords.AsParallel().Select(rule =>
        {
            var found = new List<Diagnostic>();
            rule.Check(context, found);
            return found;
        }).ToList();
        foreach (var found in byRule) diagnostics.AddRange(found);

        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        var handbook = sorted.Any(d => d.Severity == Severity.Error)
            ? null
            : HandbookAssembler.Assemble(records.Select(r => r.Record).ToList());
        return new LoadResult(handbook, sorted) { Untranslated = UntranslatedRecord.In(records) };
    }

    /// <summary>
    /// The live preview's first answer to a save: the last load of <paramref name="cache"/> with only
    /// the edited files read and checked again, without scanning the folder or looking at any other
    /// file. The rules across records do not run, so the handbook serves to show the edited pages at
    /// once, and a full load must follow it. Null when that is not enough: a file was added or
    /// deleted, a schema changed, or a file has errors.
    /// </summary>
    /// <param name="changed">Full paths the file watcher reported, temporary files of a save included.</param>
    /// <param name="last">
    /// The handbook of the last load, when it is known to hold what the cache holds: the edited
    /// records then take the place of their old ones in it (<see cref="Handbook.Replacing"/>) where
    /// they keep their place in display order, instead of the handbook being assembled again.
    /// </param>
    public static EditedLoad? LoadEdited(string inputDirectory, string displayBase, LoadCache cache, IEnumerable<string> changed, Handbook? last = null)
    {
        var edited = new List<InputFile>();
        foreach (var path in changed.Distinct(StringComparer.Ordinal))
        {
            var exists = System.IO.File.Exists(path);
            if (cache.File(path) is { } file && exists) edited.Add(file);
            // A file that is neither a record read last time nor there any more is an editor's
            // temporary copy; anything else (a new file, a deleted record, a schema) needs a full load.
            else if (exists || cache.File(path) is not null) return null;
        }
        if (edited.Count == 0) return null;

        var schemaDirectory = Path.Combine(Path.GetFullPath(inputDirectory), "schemas");
        var schemas = SchemaSet.For(schemaDirectory, DisplayPath(Path.GetFullPath(displayBase), schemaDirectory));
        var old = edited.ToDictionary(f => f.FullPath, f => cache.Known(f)?.Record?.Record, StringComparer.Ordinal);
        var fresh = edited.ToDictionary(f => f.FullPath, f =>
        {
            var diagnostics = new List<Diagnostic>();
            var record = cache.Load(f, diagnostics, (file, found) => LoadFile(file, schemas, found));
            return (Record: record, Diagnostics: (IReadOnlyList<Diagnostic>)diagnostics);
        }, StringComparer.Ordinal);
        if (fresh.Values.Any(f => f.Record is null || f.Diagnostics.Any(d => d.Severity == Severity.Error))) return null;
        var files = edited.Select(f => f.DisplayPath).ToHashSet(StringComparer.Ordinal);

        var edits = edited.Select(f => (Old: old[f.FullPath], Edited: fresh[f.FullPath].Record!.Record)).ToList();
        if (last is not null
            && edits.All(e => e.Old is not null && HandbookAssembler.SamePlace(e.Old, e.Edited))
            && last.Replacing(edits.Select(e => (e.Old!, e.Edited)).ToList()) is { } replaced)
            return new EditedLoad(replaced, files);

        var records = new List<Record>();
        foreach (var file in cache.Files)
        {
            if ((fresh.TryGetValue(file.FullPath, out var loaded) ? loaded : cache.Known(file)) is not { Record: { } record } found
                || found.Diagnostics.Any(d => d.Severity == Severity.Error))
                return null;
            records.Add(record.Record);
        }
        return new EditedLoad(HandbookAssembler.Assemble(records), files);
    }

    /// <summary>A path as messages name it: relative to <paramref name="baseDirectory"/>, with forward slashes.</summary>
    private static string DisplayPath(string baseDirectory, string path) =>
        Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');

    private static LoadedRecord? LoadFile(InputFile file, SchemaSet schemas, List<Diagnostic> diagnostics)
    {
        var map = new SourceMap();
        try
        {
            var document = YamlDocumentReader.Read(file.FullPath, file.DisplayPath, diagnostics);
            if (document is null) return null;
            SchemaComment.Check(file, document.Text, diagnostics);
            var json = YamlToJson.Convert(document.Root, map);
            if (!schemas.Validate(file, json, map, diagnostics)) return null;
            var record = RecordReader.Read(json, file.Type, file.DisplayPath);
            var loaded = new LoadedRecord(file.Type, record, map);
            foreach (var rule in ContentRules.OfEachRecord) rule.Check(loaded, diagnostics);
            return loaded;
        }
        catch (YamlToJson.TooManyValuesException e)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, e.At.Line, e.At.Column,
                $"YAML aliases (*name) here expand to more than {YamlToJson.MaxValues} values; write the values out instead of using aliases"));
        }
        catch (YamlToJson.ComplexKeyException e)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, e.At.Line, e.At.Column,
                "a field name must be a plain word; this one is a list or a group"));
        }
        catch (RecordReader.UnreadableValueException e)
        {
            var at = map.Value(e.Path);
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, at.Line, at.Column, e.Message));
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 0, 0, $"the file could not be read: {e.Message}"));
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(file.DisplayPath, 0, 0, "the file could not be read: permission denied"));
        }
        return null;
    }
}
