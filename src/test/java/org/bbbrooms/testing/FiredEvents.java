package org.bbbrooms.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A CDI {@link Event} outside the container: {@link #fire} calls the registered observers synchronously, in the
 * caller's thread and so in its transaction, as CDI calls {@code @Observes} methods.
 * <p>Use: {@code FiredEvents<MeetingJoined> joined = new FiredEvents<>(); joined.observe(ledger::joined);}
 */
public final class FiredEvents<T> implements Event<T> {

    private final List<Consumer<? super T>> observers = new CopyOnWriteArrayList<>();

    public void observe(Consumer<? super T> observer) {
        observers.add(observer);
    }

    @Override
    public void fire(T event) {
        observers.forEach(observer -> observer.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("only synchronous events here");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("only synchronous events here");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualifiers here");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualifiers here");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualifiers here");
    }
}
