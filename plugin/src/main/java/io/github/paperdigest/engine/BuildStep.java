package io.github.paperdigest.engine;

import io.github.paperdigest.model.Setting;
import java.util.Optional;

/**
 * The steps of a build, in order. Each is timed, and a failure in it is named after it; an I/O failure that no
 * part of the engine explained names the step's setting, the one a user would look at.
 */
public enum BuildStep {
    FIND_INPUTS("finding the inputs", Setting.DIGEST_DIRECTORY),
    CHECK("checking what changed", null),
    READ("reading the digests", Setting.DIGEST_DIRECTORY),
    INDEX("indexing the papers", null),
    PLAN("planning the site", null),
    PUBLISH("publishing the site", Setting.OUTPUT_DIRECTORY);

    private final String label;
    private final Setting setting;

    BuildStep(String label, Setting setting) {
        this.label = label;
        this.setting = setting;
    }

    /** What the build is doing in this step, e.g. "reading the digests". */
    public String label() {
        return label;
    }

    Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }
}
