package org.bbbrooms.slides;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.room.SlidesNote;

/**
 * {@link SlideStore} as the container runs it, outside the container: each method used at a start in a transaction of
 * its own; {@link #apply} runs any work on a store in one.
 */
class TxSlideStore extends SlideStore {

    private final RoomFixture f;

    TxSlideStore(RoomFixture f) {
        this.f = f;
    }

    <T> T apply(Function<SlideStore, T> work) {
        return f.jpa.tx(em -> {
            SlideStore store = new SlideStore();
            store.em = em;
            return work.apply(store);
        });
    }

    @Override
    public List<Slide> forMeeting(long roomId, Instant now) {
        return apply(s -> s.forMeeting(roomId, now));
    }

    @Override
    public List<Issued> issue(long meetingId, List<Slide> slides, Instant expires) {
        return apply(s -> s.issue(meetingId, slides, expires));
    }

    @Override
    public void note(long meetingId, SlidesNote note) {
        apply(s -> {
            s.note(meetingId, note);
            return null;
        });
    }
}
