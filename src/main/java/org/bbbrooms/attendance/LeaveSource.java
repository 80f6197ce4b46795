package org.bbbrooms.attendance;

/**
 * How a leave was learnt, the first of: the user came back through the meeting's logoutURL ({@link #RETURN}), the
 * background sync no longer found them in BBB ({@link #SYNC}), the meeting was closed ({@link #END}), or BBB's
 * analytics callback reported it ({@link #ANALYTICS}, which replaces all the others).
 */
public enum LeaveSource {
    RETURN, SYNC, END, ANALYTICS
}
