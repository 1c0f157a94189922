using Microsoft.Playwright;

namespace RoadmapSite.Tests.Browser;

/// <summary>
/// Launches Debian's Chromium, never a downloaded browser: the machines reach no browser CDN,
/// and a missing Chromium must fail the run loudly rather than skip every browser check.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new FileNotFoundException(
                $"Chromium is missing at {ExecutablePath}: install it with `apt-get install -y chromium` " +
                "(.ci/run does). Browser tests never skip, so the run fails until it is there.", ExecutablePath);

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. The rest keep
            // the browser from phoning home, which the machines' network would refuse anyway.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }
}
