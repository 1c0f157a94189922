using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>A page of the site, loaded in a browser tab, with what went wrong while it loaded.</summary>
public sealed record PageVisit(SitePage Source, IPage Page, PageFaultTrap Trap);
