package io.github.paperdigest.model;

/**
 * The settings of a build that a user chooses, so that an error can name the one to look at. The Maven plugin
 * gives each the name of its parameter.
 */
public enum Setting {
    DIGEST_DIRECTORY,
    OUTPUT_DIRECTORY,
    SITE_TITLE,
    BASE_URL,
    TEMPLATE_DIRECTORY,
    TAXONOMY_FILE,
    STRICT,
    TIMESTAMP,
    TAXONOMY_REPORT,
    SIMILARITY,
    EMBEDDING_CACHE,
    PROJECT_DIRECTORY,
    ALLOW_EXTERNAL_LINKS,
    LOCK_TIMEOUT,
    JVM_ARGS
}
