using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Theme.Text;

/// <summary>
/// A text as a page shows it. Usually that is the page's own language; on an English page of a
/// record whose translation is pending it is the Japanese, which must carry <c>lang="ja"</c> so
/// screen readers, fonts and hyphenation treat it as Japanese. Every <c>@Page.T(text)</c> in a
/// template renders through here, so no list or page can forget the mark. Where only plain
/// text fits (an attribute, <c>&lt;title&gt;</c>), use <see cref="PageContext.Plain"/> or string
/// interpolation, which give <see cref="Text"/>.
/// </summary>
/// <param name="Language">The language <see cref="Text"/> is written in.</param>
/// <param name="PageLanguage">The language of the page showing it.</param>
public readonly record struct PageText(string Text, Language Language, Language PageLanguage)
{
    /// <summary>The text is not in the page's language, so its element needs its own <c>lang</c>.</summary>
    public bool Foreign => Language != PageLanguage;

    public override string ToString() => Text;

    /// <summary>Lets <c>@Page.T(text)</c> render as encoded text, inside <c>&lt;span lang&gt;</c> when foreign.</summary>
    public static implicit operator RenderFragment(PageText text) => text.Render;

    private void Render(RenderTreeBuilder builder)
    {
        if (!Foreign)
        {
            builder.AddContent(0, Text);
            return;
        }
        builder.OpenElement(1, "span");
        builder.AddAttribute(2, "lang", Language.Code());
        builder.AddContent(3, Text);
        builder.CloseElement();
    }
}
