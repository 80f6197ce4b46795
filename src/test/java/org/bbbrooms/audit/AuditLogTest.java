package org.bbbrooms.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.persistence.Keyset;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.persistence.PageRequest;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audit log's queries on each database: filters by days, actor, action, target and course (parts of names, in
 * any case), newest first (entries of the same instant too), pages cut in the database with the total, the export's
 * keyset batches, which give the same rows, and only admins read it.
 */
class AuditLogTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private final Actor admin = AuditLogs.admin();
    private final Actor teacher = new Actor(7, "Teach-" + admin.username(), "Teacher", PlatformRole.TEACHER);
    private final MutableClock clock = new MutableClock(T0);

    private void record(Jpa jpa, Audited what) {
        jpa.run(em -> AuditLogs.on(em, clock).record(what));
    }

    private <T> T read(Jpa jpa, Function<AuditLog, T> read) {
        return jpa.tx(em -> read.apply(AuditLogs.on(em, clock)));
    }

    private List<String> targets(Jpa jpa, AuditFilter filter) {
        return read(jpa, log -> log.search(admin, filter, PageRequest.firstPage(50))).items().stream()
                .map(AuditEntry::getTarget).toList();
    }

    /** Five entries: three by the teacher in two courses over two days, one by the admin, one failed sign-in. */
    private void fiveEntries(Jpa jpa) {
        String course = "C" + admin.username().substring(6).toUpperCase();
        Optional<String> maths = Optional.of(course + "-MATH");
        record(jpa, Audited.by(teacher, AuditAction.ROOM_STARTED, "Maths room").inCourse(maths));
        record(jpa, Audited.by(teacher, AuditAction.ROOM_ENDED, "Maths room").inCourse(maths));
        clock.advance(Duration.ofDays(1));
        record(jpa, Audited.by(teacher, AuditAction.RECORDING_DELETED, "Physics lab")
                .inCourse(Optional.of(course + "-PHYS")));
        record(jpa, Audited.by(admin, AuditAction.SETTING_CHANGED, "BBB_MAX_PARTICIPANTS")
                .change(Optional.of("0"), "25"));
        record(jpa, Audited.of(Optional.empty(), AuditAction.LOGIN_FAILED, "nobody-" + admin.username())
                .details("10.1.2.3"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersCombineAndEntriesComeNewestFirst(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        fiveEntries(jpa);
        String tag = admin.username().substring(6);
        assertEquals(List.of("Physics lab", "Maths room", "Maths room"),
                targets(jpa, AuditLogs.by("TEACH-" + admin.username().toUpperCase())),
                "a part of the username, in any case; of the same instant the later first");
        assertEquals(List.of("Maths room"), targets(jpa, new AuditFilter(null, null, "teach-" + admin.username(),
                AuditAction.ROOM_ENDED, null, null)));
        assertEquals(List.of("Physics lab"), targets(jpa, new AuditFilter(null, null, tag, null, null, "phys")));
        assertEquals(List.of("nobody-" + admin.username()), targets(jpa, AuditLogs.on("NOBODY-" + admin.username())));
        assertEquals(List.of("BBB_MAX_PARTICIPANTS", "Physics lab"), targets(jpa, new AuditFilter(T0.plusSeconds(60),
                null, tag, null, null, null)), "from an instant on (the failed sign-in has no actor)");
        assertEquals(List.of("Maths room", "Maths room"), targets(jpa, new AuditFilter(null, T0.plusSeconds(60), tag,
                null, null, null)), "before an instant");
        AuditEntry setting = read(jpa, log -> log.search(admin, AuditLogs.by(admin.username()),
                PageRequest.firstPage(5))).items().get(0);
        assertEquals(List.of(Optional.of("0"), Optional.of("25"), Optional.of(admin.userId())),
                List.of(setting.getOldValue(), setting.getNewValue(), setting.getActorId()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesAndExportBatchesGiveTheSameRowsAndOnlyAdminsReadThem(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        fiveEntries(jpa);
        AuditFilter mine = AuditLogs.by(admin.username().substring(6));
        Page<AuditEntry> second = read(jpa, log -> log.search(admin, mine, new PageRequest(2, 2, null, true)));
        assertEquals(4, second.total());
        assertEquals(List.of("Maths room", "Maths room"), second.items().stream().map(AuditEntry::getTarget).toList());

        List<Long> batched = new ArrayList<>();
        Optional<Keyset> after = Optional.empty();
        for (int round = 0; round < 3; round++) {
            Optional<Keyset> from = after;
            List<AuditEntry> batch = read(jpa, log -> log.batch(admin, mine, from, 3));
            batch.forEach(e -> batched.add(e.getId()));
            after = batch.isEmpty() ? after : Optional.of(new Keyset(batch.get(batch.size() - 1).getOccurredAt(),
                    batch.get(batch.size() - 1).getId()));
        }
        assertEquals(read(jpa, log -> log.search(admin, mine, PageRequest.firstPage(10))).items().stream()
                .map(AuditEntry::getId).toList(), batched, "batches of 3 after 3 go on where the last one ended");

        assertEquals("access.denied", assertThrows(AccessDeniedException.class,
                () -> read(jpa, log -> log.search(teacher, AuditFilter.ANY, PageRequest.firstPage(5)))).key());
        assertThrows(AccessDeniedException.class,
                () -> read(jpa, log -> log.batch(teacher, AuditFilter.ANY, Optional.empty(), 5)));
    }
}
