package org.bbbrooms.testing;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A MicroProfile Metrics registry in memory, for unit tests of the classes that count (Payara's registry lives in
 * the server only): counters, timers (their count and total) and gauges, looked up by name and tags afterwards.
 * Other registry methods throw.
 * <p>Use: {@code MemoryMetrics metrics = new MemoryMetrics(); bean.registry = metrics.registry(); ...
 * assertEquals(1, metrics.count("bbb_rooms_logins", "outcome", "failed"));}
 */
public final class MemoryMetrics {

    private final Map<MetricID, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<MetricID, AtomicLong> nanos = new ConcurrentHashMap<>();
    private final Map<MetricID, Supplier<? extends Number>> gauges = new ConcurrentHashMap<>();
    private final MetricRegistry registry = (MetricRegistry) Proxy.newProxyInstance(
            MetricRegistry.class.getClassLoader(), new Class<?>[] {MetricRegistry.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "counter" -> counter(id(args));
                case "timer" -> timer(id(args));
                case "gauge" -> gauge(id(args), args);
                default -> throw new UnsupportedOperationException("MemoryMetrics has no " + method);
            });

    public MetricRegistry registry() {
        return registry;
    }

    /** A counter's count, or a timer's number of updates; 0 for one never made. */
    public long count(String name, String... tags) {
        return counts.getOrDefault(new MetricID(name, tags(tags)), new AtomicLong()).get();
    }

    /** The total time a timer recorded. */
    public Duration total(String name, String... tags) {
        return Duration.ofNanos(nanos.getOrDefault(new MetricID(name, tags(tags)), new AtomicLong()).get());
    }

    /** A gauge's value now, if it was registered. */
    public Number gauge(String name, String... tags) {
        Supplier<? extends Number> gauge = gauges.get(new MetricID(name, tags(tags)));
        if (gauge == null) {
            throw new AssertionError("no gauge " + new MetricID(name, tags(tags)) + " among " + gauges.keySet());
        }
        return gauge.get();
    }

    private Counter counter(MetricID id) {
        AtomicLong count = counts.computeIfAbsent(id, key -> new AtomicLong());
        return (Counter) Proxy.newProxyInstance(Counter.class.getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("inc")) {
                        count.addAndGet(args == null ? 1 : (Long) args[0]);
                        return null;
                    }
                    if (method.getName().equals("getCount")) {
                        return count.get();
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
    }

    private org.eclipse.microprofile.metrics.Timer timer(MetricID id) {
        AtomicLong count = counts.computeIfAbsent(id, key -> new AtomicLong());
        AtomicLong total = nanos.computeIfAbsent(id, key -> new AtomicLong());
        return (org.eclipse.microprofile.metrics.Timer) Proxy.newProxyInstance(Counter.class.getClassLoader(),
                new Class<?>[] {org.eclipse.microprofile.metrics.Timer.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("update")) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    count.incrementAndGet();
                    total.addAndGet(((Duration) args[0]).toNanos());
                    return null;
                });
    }

    @SuppressWarnings("unchecked")
    private Gauge<?> gauge(MetricID id, Object[] args) {
        Supplier<? extends Number> value = args.length > 2 && args[2] instanceof Function<?, ?> function
                ? () -> ((Function<Object, ? extends Number>) function).apply(args[1])
                : (Supplier<? extends Number>) args[1];
        gauges.put(id, value);
        return value::get;
    }

    private static MetricID id(Object[] args) {
        String name = args[0] instanceof Metadata metadata ? metadata.getName() : (String) args[0];
        Object last = args[args.length - 1];
        return new MetricID(name, last instanceof Tag[] tags ? tags : new Tag[0]);
    }

    private static Tag[] tags(String... pairs) {
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
