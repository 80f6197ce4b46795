package org.bbbrooms.platform.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.sandbox.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A node alone (--nocluster) keeps the features' shared state in its own memory, as the cluster would: entries live
 * their time to live on the application's clock, a claim goes to the first caller only, and a node hears its own
 * messages.
 */
class LocalGridTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final LocalGrid grid = new LocalGrid(clock);

    @Test
    void anEntryLivesItsTimeToLiveAndAClaimGoesToTheFirstCallerUntilThen() {
        DataGrid.GridMap<String, String> claims = grid.map("claims");
        assertTrue(claims.putIfAbsent("sync#1", "a", Duration.ofSeconds(30)));
        assertFalse(claims.putIfAbsent("sync#1", "b", Duration.ofSeconds(30)), "the period is a's");
        assertEquals(Optional.of("a"), grid.<String, String>map("claims").get("sync#1"), "one map per name");

        clock.advance(Duration.ofSeconds(29));
        assertEquals(Optional.of("a"), claims.get("sync#1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), claims.get("sync#1"), "gone after its time to live");
        assertTrue(claims.putIfAbsent("sync#1", "b", Duration.ofSeconds(30)), "an expired claim is free again");

        claims.put("sync#1", "c", Duration.ofSeconds(5));
        assertEquals(Optional.of("c"), claims.get("sync#1"));
        claims.remove("sync#1");
        assertEquals(Optional.empty(), claims.get("sync#1"));
    }

    @Test
    void theNodeHearsItsOwnMessagesUntilItUnsubscribesAndIsTheOnlyMember() {
        List<String> heard = new ArrayList<>();
        Runnable unsubscribe = grid.topic("rooms").subscribe(heard::add);
        grid.topic("rooms").publish("started");
        grid.topic("other").publish("not for us");
        unsubscribe.run();
        grid.topic("rooms").publish("ended");
        assertEquals(List.of("started"), heard);
        assertEquals(List.of(grid.node()), grid.members());
    }
}
