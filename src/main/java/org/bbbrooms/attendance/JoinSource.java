package org.bbbrooms.attendance;

/**
 * How a join was learnt: the portal handed out the join link ({@link #PORTAL}, the time is exact to the click), the
 * background sync found the attendee in BBB ({@link #SYNC}, within one sync period), or BBB's analytics callback
 * reported it ({@link #ANALYTICS}, exact).
 */
public enum JoinSource {
    PORTAL, SYNC, ANALYTICS
}
