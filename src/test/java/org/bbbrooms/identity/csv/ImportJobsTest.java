package org.bbbrooms.identity.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import job's life in the database, on each database, as any node sees it between batches: queued, checking,
 * importing, done; rejected with its problems counted and the report capped; refused while another runs (also by
 * the unique index alone); interrupted when its node stops sending heartbeats, which frees the slot and fences the
 * node off; failed on an error. Each database is a fresh one of this class's own, since one import at a time is a
 * rule of the whole database.
 */
class ImportJobsTest {

    private static final Map<TestDatabase, Jpa> DATABASES = new EnumMap<>(TestDatabase.class);

    private static synchronized Jpa jpa(TestDatabase db) {
        return DATABASES.computeIfAbsent(db, Jpa::fresh);
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(Jpa::closeIfOwn);
    }

    private static String users(String tag, int count) {
        return "username,displayName,email,role\n" + IntStream.range(0, count)
                .mapToObj(i -> "u" + tag + "-" + i + ",User " + i + ",u" + i + "@example.org,STUDENT\n")
                .collect(Collectors.joining());
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** The job's step and row count (checked while checking, imported after), as a page reads it. */
    private static String seen(ImportJobView job) {
        return job.status() + " " + job.rowsDone() + "/" + job.total() + " errors " + job.errors();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobIsQueuedThenChecksThenImportsInCommittedBatchesThenIsDone(TestDatabase db) {
        Jpa jpa = jpa(db);
        String tag = tag();
        List<String> progress = new ArrayList<>();
        ImportFixture imports = new ImportFixture(jpa);
        long[] id = new long[1];
        imports.afterEachStoreCall(call -> {
            if (!call.equals("start")) {
                progress.add(seen(imports.job(id[0])));
            }
        });
        id[0] = imports.start(ImportKind.USERS, users(tag, 1200));
        assertEquals("QUEUED 0/0 errors 0", seen(imports.job(id[0])), "queued until the executor runs it");
        imports.runQueued();
        assertEquals(List.of("CHECKING 0/1200 errors 0",
                "CHECKING 500/1200 errors 0", "CHECKING 1000/1200 errors 0", "CHECKING 1200/1200 errors 0",
                "IMPORTING 0/1200 errors 0",
                "IMPORTING 200/1200 errors 0", "IMPORTING 400/1200 errors 0", "IMPORTING 600/1200 errors 0",
                "IMPORTING 800/1200 errors 0", "IMPORTING 1000/1200 errors 0", "IMPORTING 1200/1200 errors 0",
                "DONE 1200/1200 errors 0"), progress, "each batch visible as it commits");
        ImportJobView done = imports.job(id[0]);
        assertTrue(done.finishedAt().isPresent());
        assertEquals(100, done.percent());
        assertEquals(6, imports.events.size(), "one audit entry per committed batch");
        assertTrue(jpa.tx(em -> IdentityServices.on(em).users().findByUsername("u" + tag + "-1199")).isPresent());
        assertEquals(done, imports.service.latest().orElseThrow(), "the latest import of the platform");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileWithBadRowsIsRejectedWithEveryErrorCountedAndTheReportCapped(TestDatabase db) {
        Jpa jpa = jpa(db);
        String tag = tag();
        String csv = users(tag, 700).replace(",STUDENT\n", ",WIZARD\n");
        ImportFixture imports = new ImportFixture(jpa);
        long id = imports.startAndRun(ImportKind.USERS, csv + "u" + tag + "-ok,Fine,ok@example.org,STUDENT\n");
        ImportJobView job = imports.job(id);
        assertEquals("REJECTED 701/701 errors 700", seen(job));
        assertTrue(job.reportCapped());
        List<ImportProblem> report = imports.store.problems(id);
        assertEquals(ImportJobStore.MAX_PROBLEMS, report.size());
        assertEquals(new ImportProblem(2, "import.unknownRole", "WIZARD", "[ADMIN, TEACHER, STUDENT]"), report.get(0));
        assertTrue(jpa.tx(em -> IdentityServices.on(em).users().findByUsername("u" + tag + "-ok")).isEmpty(),
                "all or nothing");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondStartIsRefusedWhileOneIsQueuedOrRunningAndAllowedOnceItEnds(TestDatabase db) {
        Jpa jpa = jpa(db);
        ImportFixture imports = new ImportFixture(jpa);
        long first = imports.start(ImportKind.USERS, users(tag(), 3));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> imports.start(ImportKind.USERS, users(tag(), 3)), "a double click while queued");
        assertEquals("import.busy", refused.key());
        imports.afterEachStoreCall(call -> {
            if (call.equals("checked")) {
                assertThrows(BusinessException.class, () -> new ImportFixture(jpa).start(ImportKind.USERS,
                        users(tag(), 3)), "another admin, on another node, while it runs");
            }
        });
        imports.runQueued();
        assertEquals(ImportStatus.DONE, imports.job(first).status());
        ImportFixture next = new ImportFixture(jpa);
        long second = next.startAndRun(ImportKind.USERS, users(tag(), 3));
        assertEquals(ImportStatus.DONE, next.job(second).status(), "the slot is free once the first is done");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseItselfRefusesASecondActiveJob(TestDatabase db) {
        Jpa jpa = jpa(db);
        ImportFixture imports = new ImportFixture(jpa);
        long first = imports.start(ImportKind.USERS, users(tag(), 1));
        assertThrows(PersistenceException.class, () -> jpa.run(em -> {
            em.persist(new ImportJob(ImportKind.USERS, "race.csv", "x", imports.admin, Instant.now()));
            em.flush();
        }), "two starts that both passed the check cannot both be queued");
        imports.runQueued();
        assertEquals(ImportStatus.DONE, imports.job(first).status());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobWhoseNodeStoppedShowsInterruptedFreesTheSlotAndCannotWriteAgain(TestDatabase db) {
        Jpa jpa = jpa(db);
        String tag = tag();
        ImportFixture dying = new ImportFixture(jpa);
        long lost = dying.start(ImportKind.USERS, users(tag, 800));
        ImportJobStore.Work work = dying.store.begin(lost).orElseThrow();
        dying.store.checked(lost, work.kind(), work.rows().subList(0, 500), new HashMap<>());
        assertEquals("CHECKING 500/800 errors 0", seen(dying.job(lost)), "then its node stops");

        dying.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertEquals("INTERRUPTED 0/800 errors 0", seen(dying.job(lost)), "no heartbeat for 2 minutes");
        ImportFixture other = new ImportFixture(jpa);
        other.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        long next = other.start(ImportKind.USERS, users(tag(), 2));
        assertEquals(ImportStatus.INTERRUPTED, other.job(lost).status(), "marked so by the next start");

        assertThrows(ImportLostException.class, () -> dying.store.checked(lost, work.kind(),
                work.rows().subList(500, 800), new HashMap<>()), "the old node, back from a pause, is fenced off");
        assertEquals("INTERRUPTED 0/800 errors 0", seen(other.job(lost)));
        other.runQueued();
        assertEquals(ImportStatus.DONE, other.job(next).status());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsThatChangeBetweenTheirCheckAndTheirWriteAreReportedAndTheRestImported(TestDatabase db) {
        Jpa jpa = jpa(db);
        String tag = tag();
        ImportFixture imports = new ImportFixture(jpa).afterEachStoreCall(call -> {
            if (call.equals("importing")) {
                jpa.run(em -> IdentityServices.on(em).users().create(
                        new User("u" + tag + "-1", "Made meanwhile", "m@example.org", PlatformRole.STUDENT), null));
            }
        });
        long id = imports.startAndRun(ImportKind.USERS, users(tag, 3));
        assertEquals("DONE 2/3 errors 1", seen(imports.job(id)));
        assertEquals(List.of(new ImportProblem(3, "import.taken", "u" + tag + "-1")), imports.store.problems(id));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anErrorOnTheServerEndsTheJobFailedAndFreesTheSlot(TestDatabase db) {
        Jpa jpa = jpa(db);
        ImportFixture imports = new ImportFixture(jpa).afterEachStoreCall(call -> {
            if (call.equals("written")) {
                throw new IllegalStateException("the database went away");
            }
        });
        long id = imports.startAndRun(ImportKind.USERS, users(tag(), 250));
        assertEquals("FAILED 200/250 errors 0", seen(imports.job(id)), "the first batch stays written");
        ImportFixture next = new ImportFixture(jpa);
        assertEquals(ImportStatus.DONE, next.job(next.startAndRun(ImportKind.USERS, users(tag(), 1))).status());
    }

    @Test
    void writeBatchesHold200RowsOr5WithPasswordsToHash() {
        List<CsvRows.Row> rows = new ArrayList<>();
        IntStream.range(0, 450).forEach(i -> rows.add(new CsvRows.Row(i + 2, Map.of("password", ""))));
        assertEquals(List.of(200, 200, 50), ImportRunner.writeBatches(rows).stream().map(List::size).toList());
        List<CsvRows.Row> hashed = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> hashed.add(new CsvRows.Row(i + 2, Map.of("password", "long enough"))));
        assertEquals(List.of(5, 5, 5, 5, 5), ImportRunner.writeBatches(hashed).stream().map(List::size).toList());
    }
}
