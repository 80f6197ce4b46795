package org.bbbrooms.platform.grid;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Chooses the application's {@link DataGrid} once, at start-up: Payara Micro's Hazelcast member when the server runs
 * one (JNDI {@value #JNDI}; every node of a cluster), this JVM alone when it does not ({@code --nocluster}, the
 * in-container tests). The Hazelcast classes are touched only once the instance is found, so a server without them
 * still deploys the WAR.
 * <p>Use: {@code @Inject DataGrid grid;}
 */
@ApplicationScoped
public class DataGrids {

    static final String JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrids.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    Clock clock = Clock.systemUTC();

    @Produces
    @ApplicationScoped
    DataGrid grid() {
        Optional<Object> member = lookup();
        Optional<DataGrid> shared = member.isPresent() && hazelcastVisible()
                ? HazelcastGrid.running(member.get(), executor) : Optional.empty();
        if (shared.isPresent()) {
            DataGrid grid = shared.get();
            LOG.info(() -> "The nodes share their state through Payara's data grid; this node is " + grid.node()
                    + " of " + grid.members().size());
            return grid;
        }
        LOG.info("No data grid (--nocluster): this node keeps its state to itself");
        return new LocalGrid(clock);
    }

    private static Optional<Object> lookup() {
        try {
            return Optional.ofNullable(new InitialContext().lookup(JNDI));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    private static boolean hazelcastVisible() {
        try {
            Class.forName("com.hazelcast.core.HazelcastInstance", false, DataGrids.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warning("Payara runs a data grid, but the application cannot see its classes: " + e);
            return false;
        }
    }
}
