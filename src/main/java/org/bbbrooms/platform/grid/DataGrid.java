package org.bbbrooms.platform.grid;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the nodes of a cluster share: maps whose entries live a given time, topics that reach every node, and who the
 * nodes are. Two implementations: {@link HazelcastGrid} on the data grid that Payara Micro runs (JNDI
 * {@code payara/Hazelcast}) when it runs one, {@link LocalGrid} in this JVM alone otherwise ({@code --nocluster},
 * unit tests), so that the features are written once. {@link DataGrids} chooses at start-up. Keys and values are small
 * serializable records or JDK types; topic messages are strings, so that a node reads them without the sender's
 * classes.
 * <p>Use: {@code boolean mine = grid.<String, String>map("job-claims").putIfAbsent(key, grid.node(), period);}
 */
public interface DataGrid {

    /** The shared map of this name (the same on every node). */
    <K extends Serializable, V extends Serializable> GridMap<K, V> map(String name);

    /** The topic of this name: what one node publishes, every node's subscribers receive, the publisher's too. */
    GridTopic topic(String name);

    /** This node, as the other nodes know it. */
    String node();

    /** The nodes of the cluster now, this one included. */
    List<String> members();

    /** A map shared by the nodes; every entry has its own time to live, after which it is gone. */
    interface GridMap<K extends Serializable, V extends Serializable> {

        Optional<V> get(K key);

        /** Sets the entry, for {@code ttl}. */
        void put(K key, V value, Duration ttl);

        /** Sets the entry for {@code ttl} unless there is one: true when this call set it, on one node only. */
        boolean putIfAbsent(K key, V value, Duration ttl);

        void remove(K key);
    }

    /** Publish and subscribe, across the nodes. */
    interface GridTopic {

        void publish(String message);

        /** Calls {@code listener} with every message, on a managed thread of this node, until the result is run. */
        Runnable subscribe(Consumer<String> listener);
    }
}
