package org.bbbrooms.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person in one meeting: a portal user (with their id), an external attendee or a guest of the room's guest
 * link, their stays, their total time (the union of the stays, until now for one still in), when BBB's analytics
 * said so their engagement, and the verdict of the room's {@link CompletionRule} on their time.
 * <p>Use: {@code List<ParticipantRow> people = ParticipantRow.of(rows, engagement, now, rule, meetingLength);}
 */
public record ParticipantRow(String name, Optional<Long> userId, boolean external, boolean moderator,
        List<Stay> stays, Duration total, Optional<Engagement.Figures> engagement, boolean guest, Verdict verdict) {

    public ParticipantRow {
        stays = List.copyOf(stays);
    }

    public Instant firstJoin() {
        return stays.get(0).joined();
    }

    /** The last leave, empty while the participant is still in. */
    public Optional<Instant> lastLeave() {
        return stays.stream().anyMatch(s -> s.left().isEmpty()) ? Optional.empty()
                : stays.stream().map(s -> s.left().orElseThrow()).max(Comparator.naturalOrder());
    }

    /** The rows of one meeting grouped by person (a user, else a BBB user id), in order of first join. */
    static List<ParticipantRow> of(List<Attendance> rows, Map<String, Engagement.Figures> engagement, Instant now,
            CompletionRule rule, Duration meetingLength) {
        Map<String, List<Attendance>> byPerson = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(Attendance::getJoinedAt))
                .forEach(row -> byPerson.computeIfAbsent(row.getUser().map(u -> "u" + u.getId())
                        .orElse("x" + row.getBbbUserId()), key -> new ArrayList<>()).add(row));
        return byPerson.values().stream().map(person -> {
            Attendance first = person.get(0);
            List<Stay> stays = person.stream().map(Stay::of).toList();
            Duration total = Intervals.union(stays.stream().map(s -> s.until(now)).toList());
            return new ParticipantRow(first.getUser().map(u -> u.getDisplayName()).orElse(first.getFullName()),
                    first.getUser().map(u -> u.getId()), first.isExternal(),
                    person.stream().anyMatch(Attendance::isModerator), stays, total,
                    Optional.ofNullable(engagement.get(first.getBbbUserId())), first.isGuest(),
                    rule.verdict(total, meetingLength));
        }).toList();
    }
}
