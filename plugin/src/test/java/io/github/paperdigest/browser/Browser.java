package io.github.paperdigest.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser of the tests, with what they do with it; emulations last until {@link #reset}. */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;

    Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String h1() {
        return waitUntil(d -> d.findElements(By.tagName("h1")).stream().findFirst().map(WebElement::getText)
                .orElse(null));
    }

    /** Waits for the condition to give something other than null or false. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition::apply);
    }

    /** Presses keys wherever the focus is, as a person does (WebElement.sendKeys focuses the element first). */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    Object asyncScript(String javascript, Object... arguments) {
        return driver.executeAsyncScript(javascript, arguments);
    }

    /** Makes the page see the given prefers-color-scheme, "light" or "dark". */
    void colourScheme(String scheme) {
        devTools("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Makes the page see a phone's screen of the given CSS pixels. */
    void phone(int width, int height) {
        devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /**
     * Makes the page see the given pointing device: ("hover", "fine") for a mouse, ("none", "coarse") for a touch
     * screen. Headless Chromium otherwise reports none at all.
     */
    void pointer(String hover, String pointer) {
        devTools("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "hover", "value", hover),
                Map.of("name", "pointer", "value", pointer))));
    }

    /** Makes the page see a touch screen: (pointer: coarse), (hover: none), as Chromium's device mode does. */
    void touchScreen() {
        devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    void javaScript(boolean enabled) {
        devTools("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Makes the page see the given media features, as ("forced-colors", "active"), till the next emulation. */
    void mediaFeature(String name, String value) {
        devTools("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", name, "value", value))));
    }

    /** Makes the page see the print media type, as when it is printed. */
    void print() {
        devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /**
     * The element's accessible name as Chromium computes it for assistive technology, from its accessibility tree:
     * what a screen reader says of it.
     */
    String accessibleName(WebElement element) {
        script("arguments[0].setAttribute('data-test-named', '')", element);
        try {
            Object root = ((Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0))).get("root");
            Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", ((Map<?, ?>) root).get("nodeId"),
                    "selector", "[data-test-named]")).get("nodeId");
            List<?> nodes = (List<?>) driver.executeCdpCommand("Accessibility.getPartialAXTree",
                    Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
            Map<?, ?> name = (Map<?, ?>) ((Map<?, ?>) nodes.get(0)).get("name");
            return name == null ? "" : String.valueOf(name.get("value"));
        } finally {
            script("arguments[0].removeAttribute('data-test-named')", element);
        }
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Back to a desktop window, the light scheme and JavaScript on, on a blank page. */
    void reset() {
        devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        javaScript(true);
        driver.get("about:blank");
    }

    /** A Chrome DevTools Protocol command, through chromedriver: no DevTools bindings of a Chrome version. */
    private void devTools(String command, Map<String, Object> parameters) {
        driver.executeCdpCommand(command, parameters);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
