package io.github.paperdigest.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given explicitly,
 * so Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private Chromium() {
    }

    /** Starts a browser with a fresh profile in {@code profile}; fails, naming the fix, when one is missing. */
    static ChromeDriver start(Path profile) {
        for (Path program : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: the browser tests drive Debian's Chromium."
                        + " Install it with: apt-get install chromium chromium-driver");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
