package org.bbbrooms.sandbox;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the sandbox stands in for: one BigBlueButton server, or a Scalelite load balancer in front of one.
 *
 * <p>Why: a portal behind Scalelite meets another API than bbb-web's, and the difference must fail in tests rather
 * than in production. In {@link #SCALELITE} mode the sandbox, like Scalelite 1.6: refuses SHA-384 checksums (it
 * knows SHA-1, SHA-256 and SHA-512 only); ignores {@code offset} and {@code limit} on {@code getRecordings}, sends
 * no {@code totalElements} and lists the newest first; refuses a {@code getRecordings} without {@code meetingID} or
 * {@code recordID} ({@code GET_RECORDINGS_API_FILTERED=true}); answers {@code getMeetings} from the meetings it
 * placed; places a create by its {@code meta_server-tag} (a trailing {@code !} makes the tag required); and answers
 * a join with a 302 to the chosen server's own join, signed with that server's secret, which then redirects to the
 * conference page. Its API root reports only {@code version} 2.0, as Scalelite's does, and its analytics callback
 * comes as Scalelite forwards it (BBB's JSON within Rails' parameters, with {@code customer=scalelite}).
 * <pre>{@code SandboxMode.byName("scalelite")}</pre>
 */
public enum SandboxMode {
    BBB, SCALELITE;

    /**
     * The mode named in configuration ({@code bbb} or {@code scalelite}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the valid choices
     */
    public static SandboxMode byName(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown sandbox mode '" + name.trim()
                        + "': use bbb or scalelite"));
    }
}
