package org.bbbrooms.platform.grid;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The data grid of a node alone ({@code --nocluster}, the in-container tests, unit tests): maps in this JVM whose
 * entries expire on the injected {@link Clock} (so tests move time instead of waiting), and topics delivered at once
 * on the publisher's thread.
 * <p>Use: {@code DataGrid grid = new LocalGrid(clock);}
 */
public final class LocalGrid implements DataGrid {

    private final Clock clock;
    private final String node = "local-" + UUID.randomUUID();
    private final ConcurrentMap<String, LocalMap<?, ?>> maps = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LocalTopic> topics = new ConcurrentHashMap<>();

    public LocalGrid(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K extends Serializable, V extends Serializable> GridMap<K, V> map(String name) {
        return (GridMap<K, V>) maps.computeIfAbsent(name, n -> new LocalMap<>());
    }

    @Override
    public GridTopic topic(String name) {
        return topics.computeIfAbsent(name, n -> new LocalTopic());
    }

    @Override
    public String node() {
        return node;
    }

    @Override
    public List<String> members() {
        return List.of(node);
    }

    private record Timed<V>(V value, Instant expires) {
    }

    private final class LocalMap<K extends Serializable, V extends Serializable> implements GridMap<K, V> {

        private final ConcurrentMap<K, Timed<V>> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<V> get(K key) {
            Timed<V> timed = entries.computeIfPresent(key, (k, old) -> live(old));
            return Optional.ofNullable(timed).map(Timed::value);
        }

        @Override
        public void put(K key, V value, Duration ttl) {
            purge();
            entries.put(key, new Timed<>(value, clock.instant().plus(ttl)));
        }

        @Override
        public boolean putIfAbsent(K key, V value, Duration ttl) {
            purge();
            Timed<V> mine = new Timed<>(value, clock.instant().plus(ttl));
            return entries.compute(key, (k, old) -> live(old) == null ? mine : old) == mine;
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
        }

        private Timed<V> live(Timed<V> timed) {
            return timed == null || !clock.instant().isBefore(timed.expires()) ? null : timed;
        }

        /** Drops the expired entries, which nobody may read again: the maps stay as small as what lives. */
        private void purge() {
            entries.values().removeIf(timed -> live(timed) == null);
        }
    }

    private static final class LocalTopic implements GridTopic {

        private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void publish(String message) {
            listeners.forEach(listener -> listener.accept(message));
        }

        @Override
        public Runnable subscribe(Consumer<String> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
