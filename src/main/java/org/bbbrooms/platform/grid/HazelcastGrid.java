package org.bbbrooms.platform.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The data grid on a Hazelcast member: Payara Micro's own (JNDI {@code payara/Hazelcast}), or one a test starts.
 * Maps are IMaps and topics ITopics, their names prefixed with {@value #PREFIX} so that they never meet Payara's
 * own. A message is handed to a thread of {@code executor} (the application's managed one), never run on
 * Hazelcast's event thread, which has none of the application's context. Hazelcast counts a time to live in whole
 * seconds: a shorter one lasts one second.
 * <p>Use: {@code DataGrid grid = new HazelcastGrid(instance, managedExecutor);}
 */
public final class HazelcastGrid implements DataGrid {

    static final String PREFIX = "bbb-rooms.";

    private final HazelcastInstance hazelcast;
    private final Executor executor;

    public HazelcastGrid(HazelcastInstance hazelcast, Executor executor) {
        this.hazelcast = hazelcast;
        this.executor = executor;
    }

    /** The grid on {@code member} when it is a running Hazelcast member. */
    static Optional<DataGrid> running(Object member, Executor executor) {
        return member instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()
                ? Optional.of(new HazelcastGrid(hazelcast, executor)) : Optional.empty();
    }

    @Override
    public <K extends Serializable, V extends Serializable> GridMap<K, V> map(String name) {
        IMap<K, V> map = hazelcast.getMap(PREFIX + name);
        return new GridMap<>() {
            @Override
            public Optional<V> get(K key) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public void put(K key, V value, Duration ttl) {
                map.set(key, value, seconds(ttl), TimeUnit.SECONDS);
            }

            @Override
            public boolean putIfAbsent(K key, V value, Duration ttl) {
                return map.putIfAbsent(key, value, seconds(ttl), TimeUnit.SECONDS) == null;
            }

            @Override
            public void remove(K key) {
                map.delete(key);
            }
        };
    }

    /** Zero would mean "forever" to Hazelcast. */
    private static long seconds(Duration ttl) {
        return Math.max(1, (ttl.toMillis() + 999) / 1000);
    }

    @Override
    public GridTopic topic(String name) {
        ITopic<String> topic = hazelcast.getTopic(PREFIX + name);
        return new GridTopic() {
            @Override
            public void publish(String message) {
                topic.publish(message);
            }

            @Override
            public Runnable subscribe(Consumer<String> listener) {
                UUID id = topic.addMessageListener(m -> executor.execute(() -> listener.accept(m.getMessageObject())));
                return () -> topic.removeMessageListener(id);
            }
        };
    }

    @Override
    public String node() {
        return hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @Override
    public List<String> members() {
        return hazelcast.getCluster().getMembers().stream().map(m -> m.getUuid().toString()).toList();
    }
}
