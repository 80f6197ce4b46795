package org.bbbrooms.platform.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bbbrooms.testing.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on Hazelcast, as two Payara Micro nodes share Payara's data grid: what one puts, the other reads; a claim
 * goes to one node only; what one publishes, the other's listener receives; each knows both members.
 */
class HazelcastGridTest {

    private static GridMembers members;
    private static DataGrid a;
    private static DataGrid b;

    @BeforeAll
    static void startTwoMembers() {
        members = GridMembers.start(2);
        a = members.grid(0);
        b = members.grid(1);
    }

    @AfterAll
    static void stopThem() {
        members.close();
    }

    @Test
    void whatOneNodePutsTheOtherReadsAndAClaimGoesToOneNode() {
        a.<String, String>map("test-claims").put("answer", "from a", Duration.ofMinutes(1));
        assertEquals(Optional.of("from a"), b.<String, String>map("test-claims").get("answer"));

        assertTrue(b.<String, String>map("test-claims").putIfAbsent("job#7", b.node(), Duration.ofMinutes(1)));
        assertFalse(a.<String, String>map("test-claims").putIfAbsent("job#7", a.node(), Duration.ofMinutes(1)),
                "b has the period");
        assertEquals(Optional.of(b.node()), a.<String, String>map("test-claims").get("job#7"));

        a.<String, String>map("test-claims").remove("job#7");
        assertEquals(Optional.empty(), b.<String, String>map("test-claims").get("job#7"));
    }

    @Test
    void aMessagePublishedOnOneNodeReachesTheOthersListener() throws InterruptedException {
        BlockingQueue<String> heardOnB = new LinkedBlockingQueue<>();
        Runnable unsubscribe = b.topic("test-rooms").subscribe(heardOnB::add);
        try {
            a.topic("test-rooms").publish("started");
            assertEquals("started", heardOnB.poll(10, TimeUnit.SECONDS));
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void eachNodeKnowsBothMembers() {
        assertNotEquals(a.node(), b.node());
        assertEquals(Set.of(a.node(), b.node()), Set.copyOf(a.members()));
        assertEquals(Set.copyOf(a.members()), Set.copyOf(b.members()));
    }
}
