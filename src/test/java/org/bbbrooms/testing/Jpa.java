package org.bbbrooms.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.bbbrooms.platform.persistence.SchemaMigration;

/**
 * The production persistence unit, run outside the container over a {@link TestDatabase} migrated by Flyway,
 * so repository and service tests exercise the real mappings and the real schema on all three databases.
 * <p>Use: {@code Jpa jpa = Jpa.of(db); jpa.tx(em -> em.persist(course));} One per database per JVM; tests use
 * unique names instead of cleaning up.
 */
public final class Jpa {

    private static final Map<TestDatabase, Jpa> SHARED = new EnumMap<>(TestDatabase.class);
    private static final ThreadLocal<Deque<EntityManager>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    private final TestDatabase database;
    private final PooledDataSource dataSource;
    private final EntityManagerFactory emf;
    private final boolean own;

    private Jpa(TestDatabase database, boolean own) {
        this.own = own;
        this.database = database;
        this.dataSource = new PooledDataSource(database.freshDataSource());
        SchemaMigration.migrate(dataSource);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.logging.level", "SEVERE");
        this.emf = Persistence.createEntityManagerFactory("bbb", props);
    }

    public static synchronized Jpa of(TestDatabase database) {
        return SHARED.computeIfAbsent(database, db -> new Jpa(db, false));
    }

    /** A database of the caller's own, empty but for the schema; {@link #closeIfOwn()} when done. */
    public static Jpa fresh(TestDatabase database) {
        return new Jpa(database, true);
    }

    /** Closes a {@link #fresh} database's entity manager factory; the shared ones stay open. */
    public void closeIfOwn() {
        if (own) {
            emf.close();
            dataSource.close();
        }
    }

    public TestDatabase database() {
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManager newEntityManager() {
        return emf.createEntityManager();
    }

    /**
     * Runs work in one transaction on a fresh entity manager; rolls back and rethrows on failure. Like the container,
     * it rolls back without an exception when the work returns after marking the transaction for rollback (as a
     * caught PersistenceException does).
     */
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        RUNNING.get().push(em);
        try {
            tx.begin();
            T result = work.apply(em);
            if (tx.getRollbackOnly()) {
                tx.rollback();
            } else {
                tx.commit();
            }
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            RUNNING.get().pop();
            em.close();
        }
    }

    /**
     * The entity manager of the innermost {@link #tx} running on this thread, as a container gives code that joins
     * the caller's transaction (an observer called inside it, a MANDATORY method).
     */
    public static EntityManager current() {
        EntityManager em = RUNNING.get().peek();
        if (em == null) {
            throw new IllegalStateException("no transaction runs on this thread: call this inside Jpa.tx");
        }
        return em;
    }

    public void run(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }
}
