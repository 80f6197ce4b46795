package org.bbbrooms.identity.csv;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bbbrooms.identity.AccountEvent;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;

/**
 * The CSV import wired by hand over a test database, as the container wires it: every call of the job store runs in
 * a transaction of its own (its REQUIRES_NEW), and the managed executor is a queue that the test runs when it wants,
 * so that a test can look at a job between its batches as another node's page would.
 * <p>Use: {@code ImportFixture imports = new ImportFixture(jpa); long id = imports.startAndRun(USERS, csv);}
 */
final class ImportFixture {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    final Jpa jpa;
    /** The admin who starts the imports, an account of the fixture's own. */
    final Actor admin;
    final MutableClock clock = MutableClock.ticking();
    /** What the import told the audit log. */
    final List<AccountEvent> events = new CopyOnWriteArrayList<>();
    /** What the store has been asked, by method name, after each call returned. */
    private Consumer<String> afterCall = call -> { };
    private final Deque<Runnable> executor = new ArrayDeque<>();
    final ImportJobStore store = new Transactional();
    final ImportRunner runner = new ImportRunner();
    final CsvImportService service = new CsvImportService();

    ImportFixture(Jpa jpa) {
        this.jpa = jpa;
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        admin = Actor.of(jpa.tx(em -> IdentityServices.on(em).users().create(
                new User(name, "Admin " + name, name + "@example.org", PlatformRole.ADMIN), null)));
        runner.store = store;
        service.store = store;
        service.runner = runner;
        service.executor = executor::add;
    }

    /** Calls the observer after each call of the store, with the method's name ("checked", "written"...). */
    ImportFixture afterEachStoreCall(Consumer<String> observer) {
        afterCall = observer;
        return this;
    }

    long start(ImportKind kind, String csv) {
        return service.start(kind, "test.csv", new StringReader(csv), admin).id();
    }

    /** Starts an import and runs it to its end, as the executor's thread would. */
    long startAndRun(ImportKind kind, String csv) {
        long id = start(kind, csv);
        runQueued();
        return id;
    }

    void runQueued() {
        while (!executor.isEmpty()) {
            executor.poll().run();
        }
    }

    ImportJobView job(long id) {
        return store.find(id).orElseThrow();
    }

    private ImportJobStore on(EntityManager em) {
        IdentityServices s = IdentityServices.on(em);
        ImportRows rows = new ImportRows();
        rows.em = em;
        rows.validator = VALIDATOR;
        rows.passwords = IdentityServices.passwords();
        rows.users = s.users();
        rows.courses = s.courses();
        rows.enrollments = s.enrollments();
        rows.groups = s.groups();
        FiredEvents<AccountEvent> fired = new FiredEvents<>();
        fired.observe(events::add);
        rows.events = fired;
        ImportJobStore store = new ImportJobStore();
        store.em = em;
        store.rows = rows;
        store.clock = clock;
        store.staleMinutes = 2;
        return store;
    }

    /** The store as the container gives it: each call in a new transaction, committed when it returns. */
    private final class Transactional extends ImportJobStore {

        private <T> T call(String name, Function<ImportJobStore, T> work) {
            T result = jpa.tx(em -> work.apply(on(em)));
            afterCall.accept(name);
            return result;
        }

        private void run(String name, Consumer<ImportJobStore> work) {
            call(name, store -> {
                work.accept(store);
                return null;
            });
        }

        @Override
        public Optional<Long> start(ImportKind kind, String fileName, String content, Actor admin) {
            return call("start", store -> store.start(kind, fileName, content, admin));
        }

        @Override
        public Optional<Work> begin(long jobId) {
            return call("begin", store -> store.begin(jobId));
        }

        @Override
        public void checked(long jobId, ImportKind kind, List<CsvRows.Row> batch, Map<String, Long> seen) {
            run("checked", store -> store.checked(jobId, kind, batch, seen));
        }

        @Override
        public boolean importing(long jobId) {
            return call("importing", store -> store.importing(jobId));
        }

        @Override
        public void written(long jobId, ImportKind kind, List<CsvRows.Row> batch, Actor admin) {
            run("written", store -> store.written(jobId, kind, batch, admin));
        }

        @Override
        public void finish(long jobId) {
            run("finish", store -> store.finish(jobId));
        }

        @Override
        public void failed(long jobId) {
            run("failed", store -> store.failed(jobId));
        }

        @Override
        public Optional<ImportJobView> latest() {
            return jpa.tx(em -> on(em).latest());
        }

        @Override
        public Optional<ImportJobView> find(long jobId) {
            return jpa.tx(em -> on(em).find(jobId));
        }

        @Override
        public List<ImportProblem> problems(long jobId) {
            return jpa.tx(em -> on(em).problems(jobId));
        }
    }
}
