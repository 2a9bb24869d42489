package io.github.paperdigest.engine;

import io.github.paperdigest.model.PaperDigestException;

/** A setting that cannot be used as given; the message names the parameter and what it must be. */
public class SettingException extends PaperDigestException {

    private final String parameter;

    public SettingException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the parameter to fix, as the Maven plugin spells it. */
    public String parameter() {
        return parameter;
    }
}
