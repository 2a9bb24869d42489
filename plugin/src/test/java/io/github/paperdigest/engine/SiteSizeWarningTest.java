package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteSizeWarningTest {

    @Test
    void aSiteLargerThanGitHubPagesPublishesIsWarnedAboutWithItsSize() {
        String warning = BuildReport.sizeWarning(2_171_000_000L).orElseThrow();

        assertTrue(warning.startsWith("The paper site is 2.17 GB: GitHub Pages publishes sites of up to 1 GB"), warning);
        assertTrue(warning.contains("another host"), warning);
    }

    @Test
    void aSiteWithinTheLimitIsNot() {
        assertEquals(Optional.empty(), BuildReport.sizeWarning(BuildReport.GITHUB_PAGES_LIMIT));
        assertEquals(Optional.empty(), BuildReport.sizeWarning(232_000_000L));
    }
}
