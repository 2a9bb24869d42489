package io.github.paperdigest.browser;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * What the browser tests share in a run: the example project's site, built once into
 * plugin/target/browser/, served over HTTP at a root and under a sub-path, and one headless Chromium.
 * Tests receive the {@link Browser} and the {@link ExampleSite} as parameters and, with
 * {@link FromEveryOrigin}, run once per {@link Origin}. The browser is reset before each test.
 */
final class ExampleSiteInBrowser implements ParameterResolver, ArgumentsProvider, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ExampleSiteInBrowser.class);

    /** The example site on disk, and the places it is opened from. */
    record ExampleSite(Path folder, List<Origin> origins) {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == ExampleSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = session(context);
        return parameter.getParameter().getType() == Browser.class ? session.browser : session.site;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return session(context).site.origins().stream().map(Arguments::of);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        session(context).browser.reset();
    }

    private static Session session(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, k -> Session.start(),
                Session.class);
    }

    /** Closed by JUnit when the run ends. */
    private static final class Session implements AutoCloseable {

        private final ExampleSite site;
        private final Browser browser;
        private final SiteServer atRoot;
        private final SiteServer underSubPath;

        private Session(ExampleSite site, Browser browser, SiteServer atRoot, SiteServer underSubPath) {
            this.site = site;
            this.browser = browser;
            this.atRoot = atRoot;
            this.underSubPath = underSubPath;
        }

        static Session start() {
            Path work = SiteFiles.projectRoot().resolve("plugin/target/browser");
            Path folder = work.resolve("site/papers");
            new SiteBuilder(BuildLog.silent(), SharedModels.INSTANCE).build(BuildConfig.builder(SiteFiles.projectRoot()
                    .resolve("example-project/src/digests"), folder).siteTitle("Video Papers Reading Group").build());
            Browser browser = new Browser(Chromium.start(freshFolder(work, "chromium-profile-")));
            SiteServer atRoot = SiteServer.serve(folder, "/");
            SiteServer underSubPath = SiteServer.serve(folder, "/repo/papers/");
            List<Origin> origins = List.of(new Origin("file", folder.toUri()), new Origin("http", atRoot.siteUrl()),
                    new Origin("http sub-path", underSubPath.siteUrl()));
            return new Session(new ExampleSite(folder, origins), browser, atRoot, underSubPath);
        }

        private static Path freshFolder(Path parent, String prefix) {
            try {
                return Files.createTempDirectory(Files.createDirectories(parent), prefix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try (browser; atRoot; underSubPath) {
                // closes all three, whatever fails
            }
        }
    }
}
