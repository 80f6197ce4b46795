package org.bbbrooms.room;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.platform.grid.DataGrid;

/**
 * Tells browsers at once that a room's meeting started or ended, through the Faces websocket push (the standard form
 * of OmniFaces' push) on the application-scoped channel {@value #CHANNEL}:
 * {@code {"room": "<push key>", "event": "started"|"ended"}}. Every connected browser receives every message, so the
 * message names the room by its {@link #pushKey push key}, a digest of its public id, never by the public id itself:
 * a personal room's public id is its invitation link. A widget compares the key with its {@link RoomView#pushKey()}
 * and then asks the server, which checks everything again. Pushing is best effort and never fails a start or an end.
 * A browser's websocket is open on one node only, so an event goes first to the data grid's topic {@value #TOPIC},
 * whose listener on every node (this one too) sends it to the browsers connected there: a student waiting on one
 * node hears of the start that the teacher made on another.
 * <p>Use in a page: {@code <f:websocket channel="rooms" onmessage="..."/>}.
 */
@ApplicationScoped
public class RoomEvents {

    public static final String CHANNEL = "rooms";
    static final String TOPIC = "room-events";

    private static final Logger LOG = Logger.getLogger(RoomEvents.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext rooms;

    @Inject
    DataGrid grid;

    private Runnable unsubscribe = () -> { };

    /** Sends every node's events, as "push-key event", to the browsers connected to this one. */
    @PostConstruct
    void listen() {
        unsubscribe = grid.topic(TOPIC).subscribe(message -> {
            String[] keyAndEvent = message.split(" ", 2);
            try {
                rooms.send(Map.of("room", keyAndEvent[0], "event", keyAndEvent[1]));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not push " + message, e);
            }
        });
    }

    /** Listens from start-up: the browsers of a node where nobody started a room yet hear the others' starts too. */
    void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine("Room events are pushed to this node's browsers");
    }

    @PreDestroy
    void close() {
        unsubscribe.run();
    }

    public void started(Room room) {
        send(room, "started");
    }

    public void ended(Room room) {
        send(room, "ended");
    }

    /** The name of a room in push messages: 128 bits of the SHA-256 of its public id, base64url. */
    public static String pushKey(String publicId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("bbb-rooms push " + publicId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void send(Room room, String event) {
        try {
            grid.topic(TOPIC).publish(pushKey(room.getPublicId()) + " " + event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push that " + room + " " + event, e);
        }
    }
}
