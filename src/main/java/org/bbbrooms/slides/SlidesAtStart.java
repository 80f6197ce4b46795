package org.bbbrooms.slides;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.Presentation;
import org.bbbrooms.room.MeetingCreating;
import org.bbbrooms.room.PublicUrl;
import org.bbbrooms.room.SlidesNote;

/**
 * Adds the room's slides (else the platform's default) to a meeting's create, each by a download link of its own
 * ({@code /api/slides/<BBB meeting id>/<token>/<slide id>.<extension>}) that works for that meeting only, once, for
 * {@code BBB_PRESENTATION_LINK_SECONDS}. A file above the size cap (lowered since its upload) is left out, and
 * anything that goes wrong here leaves the slides out: the meeting starts anyway, and its {@link SlidesNote} tells
 * the teacher.
 */
@ApplicationScoped
public class SlidesAtStart {

    private static final Logger LOG = Logger.getLogger(SlidesAtStart.class.getName());

    @Inject
    SlideStore store;

    @Inject
    SlidesConfig config;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Clock clock = Clock.systemUTC();

    void add(@Observes MeetingCreating creating) {
        long meetingId = creating.meeting().getId();
        try {
            Instant now = clock.instant();
            List<Slide> chosen = store.forMeeting(creating.room().getId(), now);
            List<Slide> sent = chosen.stream().filter(s -> s.getSizeBytes() <= config.maxBytes()).toList();
            if (!sent.isEmpty()) {
                String meeting = creating.meeting().getBbbMeetingId();
                for (SlideStore.Issued link : store.issue(meetingId, sent, now.plus(config.linkLifetime()))) {
                    creating.presentation(new Presentation(url(meeting, link), link.slide().getFileName()));
                }
            }
            if (sent.size() < chosen.size()) {
                store.note(meetingId, SlidesNote.SKIPPED);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The slides of {0} were left out of its create: {1}",
                    new Object[] {creating.room(), e.toString()});
            store.note(meetingId, SlidesNote.SKIPPED);
        }
    }

    private URI url(String bbbMeetingId, SlideStore.Issued link) {
        return publicUrl.resolve("/api/slides/" + bbbMeetingId + "/" + link.token() + "/" + link.slide().getId() + "."
                + link.slide().getKind().extension());
    }
}
