package org.bbbrooms.settings.options;

/**
 * One option as a page or a create call sees it at one level (platform, course or room): who decides it, its
 * effective value and where that comes from, the platform's value above it, and whether the detected server knows it.
 */
public record OptionState(MeetingOption option, Decision decision, String value, Source source,
        String platformValue, boolean supported) implements java.io.Serializable {

    public String key() {
        return option.key();
    }

    /** Whether it is sent: a server that knows it, and a value other than BBB's own default. */
    boolean sent() {
        return supported && !value.equals(option.defaultValue());
    }
}
