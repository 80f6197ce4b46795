package org.bbbrooms.bbb;

import java.util.Optional;

/**
 * What the API root answers: the API {@code version} (2.0 on every BBB 2.x) and, from BBB 2.4 on, the
 * software's {@code bbbVersion}. Doubles as a connection test, since the root needs no checksum.
 * <pre>{@code if (client.version().isAtLeast(2, 4)) builder.role(Role.VIEWER); else builder.password(pw);}</pre>
 */
public record ApiVersion(String version, Optional<String> apiVersion, Optional<String> bbbVersion) {

    static ApiVersion fromXml(XmlElement root) {
        return new ApiVersion(root.requiredText("version"), root.optionalText("apiVersion"), root.optionalText("bbbVersion"));
    }

    /**
     * Whether the server is at least {@code major.minor}, judged by {@code bbbVersion} when the server sends it
     * and otherwise by the API version (so a server that sends no bbbVersion, i.e. older than 2.4, is never
     * taken for 2.4 or later).
     */
    public boolean isAtLeast(int major, int minor) {
        int[] parts = numbers(bbbVersion.orElse(version));
        return parts[0] > major || parts[0] == major && parts[1] >= minor;
    }

    private static int[] numbers(String text) {
        String[] pieces = text.strip().split("\\.");
        int[] parts = new int[2];
        for (int i = 0; i < 2 && i < pieces.length; i++) {
            String digits = pieces[i].replaceAll("^(\\d*).*$", "$1");
            parts[i] = digits.isEmpty() || digits.length() > 6 ? 0 : Integer.parseInt(digits);
        }
        return parts;
    }
}
