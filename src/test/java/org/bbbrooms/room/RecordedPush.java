package org.bbbrooms.room;

import jakarta.faces.push.PushContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The push channel outside Faces: keeps what was sent, so that tests can check what browsers would receive. */
final class RecordedPush implements PushContext {

    private static final long serialVersionUID = 1L;

    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> unread = new LinkedBlockingQueue<>();

    List<Object> sent() {
        return List.copyOf(sent);
    }

    /** The next message not read yet, waiting for it at most {@code seconds} (it may come from another node). */
    Optional<Object> next(long seconds) throws InterruptedException {
        return Optional.ofNullable(unread.poll(seconds, TimeUnit.SECONDS));
    }

    @Override
    public Set<Future<Void>> send(Object message) {
        sent.add(message);
        unread.add(message);
        return Set.of();
    }

    @Override
    public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
        throw new UnsupportedOperationException("rooms push to everybody on the channel");
    }

    @Override
    public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
        throw new UnsupportedOperationException("rooms push to everybody on the channel");
    }
}
