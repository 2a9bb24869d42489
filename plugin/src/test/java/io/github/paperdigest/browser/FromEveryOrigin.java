package io.github.paperdigest.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Runs a browser test once from each {@link Origin}: file://, HTTP at the root, HTTP under a sub-path. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "from {0}")
@ArgumentsSource(ExampleSiteInBrowser.class)
@interface FromEveryOrigin {
}
