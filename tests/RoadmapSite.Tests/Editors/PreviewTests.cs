using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using RoadmapSite.Building;
using RoadmapSite.Previewing;
using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Editors;

/// <summary>The live preview as an editor uses it: save, see it; break a field, see the error; fix it, see the site.</summary>
public sealed class PreviewTests
{
    private const string Page = "en/measures/ips-organ-targets/";
    private const string File = "measures/ips-organ-targets.yml";

    [Fact]
    public void The_published_site_never_loads_the_reload_script()
    {
        var files = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var result = SiteBuilder.Render(RepoRoot.Combine("input"), f => files[f.Path] = Encoding.UTF8.GetString(f.Content), options: new BuildOptions(ReadHistory: false));

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(files.Keys, path => path.StartsWith("_preview/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Value.Contains(LivePreview.ScriptPath, StringComparison.Ordinal));
        Assert.Contains(files.Keys, path => path.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edits_show_within_seconds_and_a_broken_file_shows_its_errors_until_fixed()
    {
        using var input = new InputCopy();
        await using var preview = await LivePreview.StartAsync(input.Input, Path.Combine(input.Root, "output"), null, 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = preview.BaseUrl };

        var first = await http.GetStringAsync(Page);
        Assert.Contains($"<script src=\"{LivePreview.ScriptPath}\" defer></script>", first);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(LivePreview.ScriptPath)).StatusCode);

        var original = input.Read(File);
        var summary = original.IndexOf("\nsummary:", StringComparison.Ordinal);
        var english = original.IndexOf("\n  en: ", summary, StringComparison.Ordinal) + "\n  en: ".Length;
        var edited = original.Insert(english, "Previewed edit. ");
        input.Write(File, edited);
        var shown = await Eventually(() => Shows(http, "Previewed edit. "));
        Assert.True(shown < TimeSpan.FromSeconds(10), $"the edit took {shown} to show");

        input.Write(File, edited.Replace("\nsummary:", "\nsumary:"));
        await Eventually(async () =>
        {
            var response = await http.GetAsync(Page);
            return response.StatusCode == HttpStatusCode.InternalServerError && (await response.Content.ReadAsStringAsync()).Contains("sumary");
        });

        input.Write(File, edited);
        await Eventually(async () =>
        {
            var response = await http.GetAsync(Page);
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("Previewed edit. ");
        });
    }

    [Fact]
    public async Task Open_tabs_hear_which_pages_each_step_rewrote_over_server_sent_events()
    {
        using var input = new InputCopy();
        await using var preview = await LivePreview.StartAsync(input.Input, Path.Combine(input.Root, "output"), null, 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = preview.BaseUrl };
        using var response = await http.GetAsync(LivePreview.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType!.ToString());
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());

        // On connecting, a tab is told the step it starts from, and no pages.
        var connected = Message(await events.ReadLineAsync());
        Assert.Equal(JsonValueKind.Null, connected.GetProperty("paths").ValueKind);
        var text = input.Read(File);
        input.Write(File, text.Insert(text.IndexOf("\n  en: ", text.IndexOf("\nsummary:", StringComparison.Ordinal), StringComparison.Ordinal) + "\n  en: ".Length, "Heard. "));

        // The first step after the save is the edited page alone, so tabs on other pages stay put;
        // the item page, which lists the measure, is named in a later step.
        var steps = new List<JsonElement>();
        while (!steps.Any(s => Paths(s).Contains("/en/items/regenerative-cell-medicine/")))
        {
            var line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            if (!string.IsNullOrEmpty(line)) steps.Add(Message(line));
        }
        Assert.Equal(Enumerable.Range(connected.GetProperty("generation").GetInt32() + 1, steps.Count), steps.Select(s => s.GetProperty("generation").GetInt32()));
        Assert.Equal(["/" + Page], Paths(steps[0]));
    }

    private static JsonElement Message(string? line)
    {
        Assert.StartsWith("data: ", line);
        return JsonDocument.Parse(line!["data: ".Length..]).RootElement;
    }

    private static List<string?> Paths(JsonElement message) =>
        message.GetProperty("paths") is { ValueKind: JsonValueKind.Array } paths ? paths.EnumerateArray().Select(p => p.GetString()).ToList() : [];

    [Fact]
    public async Task An_edited_record_has_its_own_pages_rewritten_before_the_rest_of_the_site()
    {
        using var input = new InputCopy();
        var log = new StringWriter();
        await using var preview = await LivePreview.StartAsync(input.Input, Path.Combine(input.Root, "output"), null, 0, TextWriter.Synchronized(log));
        var builtBefore = Lines(log, "preview: built in").Count;

        var text = input.Read(File);
        input.Write(File, text.Insert(text.IndexOf("\n  en: ", text.IndexOf("\nsummary:", StringComparison.Ordinal), StringComparison.Ordinal) + "\n  en: ".Length, "First. "));
        await Eventually(() => Task.FromResult(Lines(log, "preview: built in").Count > builtBefore));

        var lines = log.ToString().Split('\n');
        // One page: the edit is to the English, so the Japanese page renders to the same bytes and is left alone.
        var edited = Array.FindIndex(lines, l => l.StartsWith("preview: the edited record's 1 page(s) rewritten", StringComparison.Ordinal));
        var rebuilt = Array.FindLastIndex(lines, l => l.StartsWith("preview: built in", StringComparison.Ordinal));
        Assert.True(edited >= 0, log.ToString());
        Assert.True(edited < rebuilt, log.ToString());
        Assert.Contains("First. ", System.IO.File.ReadAllText(Path.Combine(input.Root, "output", Page, "index.html")));
    }
    [Fact]
    public async Task Saves_made_while_the_first_build_runs_and_as_it_ends_are_both_shown()
    {
        using var input = new InputCopy();
        var output = Path.Combine(input.Root, "output");
        var original = input.Read(File);
        var summary = original.IndexOf("\nsummary:", StringComparison.Ordinal);
        var english = original.IndexOf("\n  en: ", summary, StringComparison.Ordinal) + "\n  en: ".Length;
        // The first save lands while the first build is writing pages.
        var during = Task.Run(async () =>
        {
            while (!Directory.Exists(output) || !Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Any()) await Task.Delay(5);
            input.Write(File, original.Insert(english, "Saved during. "));
        });

        await using var preview = await LivePreview.StartAsync(input.Input, output, null, 0, TextWriter.Null);
        await during;
        // The second the moment the preview is up.
        input.Write(File, original.Insert(english, "Saved during. Saved after. "));

        using var http = new HttpClient { BaseAddress = preview.BaseUrl };
        await Eventually(() => Shows(http, "Saved during. Saved after. "));
    }

    /// <summary>
    /// Whether the page is served and shows the text. Until then it may be missing or the problems
    /// page: a build that reads a file halfway through its save fails, and the save's own build follows.
    /// </summary>
    private static async Task<bool> Shows(HttpClient http, string text)
    {
        using var response = await http.GetAsync(Page);
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);
    }

    private static List<string> Lines(StringWriter log, string start) =>
        log.ToString().Split('\n').Where(l => l.StartsWith(start, StringComparison.Ordinal)).ToList();

    /// <summary>Polls until the condition holds; fails after 30 s. Returns how long it took.</summary>
    private static async Task<TimeSpan> Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the preview did not show the change within 30 s");
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }
}
