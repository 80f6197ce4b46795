package org.bbbrooms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** BBB's learning dashboard is offered from BBB 2.4 on, on the BBB server's host. */
class LearningDashboardTest {

    @Test
    void offeredFromVersion24() {
        assertFalse(LearningDashboard.offered("2.3.19"));
        assertTrue(LearningDashboard.offered("2.4"));
        assertTrue(LearningDashboard.offered("2.7.12"));
        assertTrue(LearningDashboard.offered("3.0.0"));
        assertFalse(LearningDashboard.offered("unknown"));
        assertFalse(LearningDashboard.offered("2.0"), "the API version of Scalelite and of BBB before 2.4");
    }

    @Test
    void theLinkIsOnTheServersHostWithTheInternalMeetingId() {
        assertEquals(URI.create("https://bbb.example.org/learning-analytics-dashboard/?meeting=abc-123&lang=fr"),
                LearningDashboard.url(URI.create("https://bbb.example.org/bigbluebutton"), "abc-123", "fr"));
    }

    @Test
    void theLinkIsOnTheOriginOfTheServerThatALoadBalancerNamed() {
        assertEquals(URI.create("http://127.0.0.1:8080/learning-analytics-dashboard/?meeting=a%2Bb-1&lang=pt_BR"),
                LearningDashboard.url(URI.create("http://127.0.0.1:8080/rooms/sandbox/server/bigbluebutton"), "a+b-1",
                        "pt_BR"));
    }
}
