package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Tells browsers at once that a room's meeting started or ended, through the Faces websocket push (the standard form
 * of OmniFaces' push) on the application-scoped channel {@value #CHANNEL}:
 * {@code {"room": "<push key>", "event": "started"|"ended"}}. Every connected browser receives every message, so the
 * message names the room by its {@link #pushKey push key}, a digest of its public id, never by the public id itself:
 * a personal room's public id is its invitation link. A widget compares the key with its {@link RoomView#pushKey()}
 * and then asks the server, which checks everything again. Pushing is best effort and never fails a start or an end.
 * <p>Use in a page: {@code <f:websocket channel="rooms" onmessage="..."/>}.
 */
@ApplicationScoped
public class RoomEvents {

    public static final String CHANNEL = "rooms";

    private static final Logger LOG = Logger.getLogger(RoomEvents.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext rooms;

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
            rooms.send(Map.of("room", pushKey(room.getPublicId()), "event", event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push that " + room + " " + event, e);
        }
    }
}
