package org.bbbrooms.testing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bbbrooms.platform.grid.DataGrid;
import org.bbbrooms.platform.grid.HazelcastGrid;

/**
 * Real Hazelcast members in this JVM, as two Payara Micro nodes run them: one cluster of its own name, on loopback
 * only (tcp-ip join on 127.0.0.1, no multicast, no bind to any address), so that tests of the cluster features need
 * no server. Each member is a {@link DataGrid} of its own, as each node's is.
 * <p>Use: {@code try (GridMembers members = GridMembers.start(2)) { DataGrid a = members.grid(0); ... }}
 */
public final class GridMembers implements AutoCloseable {

    private static final int PORT = 5851;
    private static final int PORTS = 10;

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<DataGrid> grids = new ArrayList<>();
    private final ExecutorService listeners = Executors.newCachedThreadPool();

    private GridMembers() {
    }

    /** Starts {@code count} members that join one another. */
    public static GridMembers start(int count) {
        GridMembers started = new GridMembers();
        String cluster = "bbb-rooms-test-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            HazelcastInstance member = Hazelcast.newHazelcastInstance(config(cluster));
            started.members.add(member);
            started.grids.add(new HazelcastGrid(member, started.listeners));
        }
        return started;
    }

    private static Config config(String cluster) {
        Config config = new Config().setClusterName(cluster);
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getJetConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig().setPort(PORT).setPortAutoIncrement(true).setPortCount(PORTS);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int port = PORT; port < PORT + PORTS; port++) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        }
        return config;
    }

    public DataGrid grid(int member) {
        return grids.get(member);
    }

    /** Kills a member at once, as kill -9 kills its node: no goodbye to the others. */
    public void terminate(int member) {
        members.get(member).getLifecycleService().terminate();
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
        listeners.shutdownNow();
    }
}
