package org.bbbrooms.slides;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.Tokens;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.SlidesNote;

/**
 * Presentations and their download links in the database, each method in a transaction of its own. A room's slides
 * (or the platform's: no room id) are listed default first, then oldest first; the first one uploaded becomes the
 * default, and deleting the default makes the oldest left the default. A download locks its meeting's row, then its
 * links' rows, so that of two concurrent downloads with one token only one is served, and the last of a meeting's
 * downloads (BBB fetches them side by side) sees all the others.
 * <p>Use: through {@link SlideService}, {@link SlidesAtStart} and {@code rest.SlideResource}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SlideStore {

    /** What became of a download. */
    public enum Outcome {
        /** The file is served, and the link is used up. */
        SERVED,
        /** No link has this token for this meeting: a forged token, or another meeting's. */
        UNKNOWN,
        /** The link is expired, used already, or its meeting is over. */
        REFUSED
    }

    /** A download's outcome, with the file when served. */
    public record Download(Outcome outcome, Optional<Served> file) {
    }

    /** A file to serve: its name, kind and bytes. */
    public record Served(String fileName, SlideKind kind, byte[] content) {
    }

    /** A link handed out: its slide and the token its URL carries. */
    record Issued(Slide slide, String token) {
    }

    @PersistenceContext
    EntityManager em;

    /** The slides of a room, or the platform's when {@code roomId} is empty: default first, then oldest first. */
    public List<Slide> of(Optional<Long> roomId) {
        TypedQuery<Slide> query = roomId.isPresent()
                ? em.createQuery("select s from Slide s where s.room.id = :room", Slide.class)
                        .setParameter("room", roomId.get())
                : em.createQuery("select s from Slide s where s.room is null", Slide.class);
        return query.getResultStream().sorted(Comparator.comparing((Slide s) -> !s.isDefault())
                .thenComparing(Slide::getUploadedAt).thenComparing(Slide::getId)).toList();
    }

    /**
     * Keeps a checked file; the first of a room becomes its default.
     *
     * @throws BusinessException {@code slides.tooMany} when the room keeps {@value SlidesConfig#MAX_FILES} already
     */
    public Slide add(Optional<Long> roomId, String fileName, SlideKind kind, byte[] content, long userId, Instant now) {
        List<Slide> existing = of(roomId);
        if (existing.size() >= SlidesConfig.MAX_FILES) {
            throw new BusinessException("slides.tooMany", SlidesConfig.MAX_FILES);
        }
        Slide slide = new Slide(roomId.map(id -> em.find(Room.class, id)), fileName, kind, content.length, userId, now);
        slide.setDefault(existing.isEmpty());
        em.persist(slide);
        em.flush();
        em.persist(new SlideContent(slide.getId(), content));
        return slide;
    }

    /** Makes the slide the default of its room (or of the platform). */
    public void makeDefault(Optional<Long> roomId, long slideId) {
        Slide chosen = owned(roomId, slideId);
        of(roomId).forEach(s -> s.setDefault(s.equals(chosen)));
    }

    /** Deletes the slide, its bytes and its links; the oldest left becomes the default if it was. */
    public void remove(Optional<Long> roomId, long slideId) {
        Slide slide = owned(roomId, slideId);
        em.createQuery("delete from SlideLink l where l.slide = :slide").setParameter("slide", slide).executeUpdate();
        em.remove(em.find(SlideContent.class, slide.getId()));
        em.remove(slide);
        em.flush();
        if (slide.isDefault()) {
            of(roomId).stream().min(Comparator.comparing(Slide::getUploadedAt).thenComparing(Slide::getId))
                    .ifPresent(oldest -> oldest.setDefault(true));
        }
    }

    /**
     * What a new meeting of the room is sent: the room's slides, else the platform's default. Links that expired
     * are deleted on the way.
     */
    public List<Slide> forMeeting(long roomId, Instant now) {
        em.createQuery("delete from SlideLink l where l.expiresAt < :now").setParameter("now", now).executeUpdate();
        List<Slide> own = of(Optional.of(roomId));
        return own.isEmpty() ? of(Optional.empty()).stream().filter(Slide::isDefault).toList() : own;
    }

    /** Hands out one link per slide for the meeting, valid until {@code expires}; notes the meeting's slides SENT. */
    public List<Issued> issue(long meetingId, List<Slide> slides, Instant expires) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        List<Issued> issued = new ArrayList<>();
        for (Slide slide : slides) {
            String token = Tokens.random();
            em.persist(new SlideLink(Tokens.digest(token), meeting, em.find(Slide.class, slide.getId()), expires));
            issued.add(new Issued(slide, token));
        }
        meeting.setSlidesNote(SlidesNote.SENT);
        return issued;
    }

    /** Notes what became of the meeting's slides (a file left out, or none could be sent). */
    public void note(long meetingId, SlidesNote note) {
        Optional.ofNullable(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(m -> m.setSlidesNote(note));
    }

    /**
     * BBB downloads a file with a link's token: served once, for the open meeting the link was made for, until it
     * expires. A refusal of a real link notes the meeting's slides REFUSED; the last download of a meeting's links
     * notes them FETCHED.
     */
    public Download fetch(String bbbMeetingId, String token, Instant now) {
        Optional<SlideLink> found = em.createQuery("select l from SlideLink l where l.tokenDigest = :digest",
                SlideLink.class).setParameter("digest", Tokens.digest(token)).getResultStream().findFirst()
                .filter(l -> l.getMeeting().getBbbMeetingId().equals(bbbMeetingId));
        if (found.isEmpty()) {
            return new Download(Outcome.UNKNOWN, Optional.empty());
        }
        Meeting meeting = found.get().getMeeting();
        em.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        List<SlideLink> links = em.createQuery("select l from SlideLink l where l.meeting = :meeting",
                SlideLink.class).setParameter("meeting", meeting).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        SlideLink link = links.stream().filter(l -> l.equals(found.get())).findFirst().orElseThrow();
        if (link.getFetchedAt().isPresent() || !now.isBefore(link.getExpiresAt()) || !meeting.isOpen()) {
            meeting.setSlidesNote(SlidesNote.REFUSED);
            return new Download(Outcome.REFUSED, Optional.empty());
        }
        link.fetched(now);
        if (links.stream().allMatch(l -> l.getFetchedAt().isPresent())
                && meeting.getSlidesNote().filter(n -> n == SlidesNote.SENT).isPresent()) {
            meeting.setSlidesNote(SlidesNote.FETCHED);
        }
        Slide slide = link.getSlide();
        return new Download(Outcome.SERVED, Optional.of(new Served(slide.getFileName(), slide.getKind(),
                em.find(SlideContent.class, slide.getId()).bytes())));
    }

    private Slide owned(Optional<Long> roomId, long slideId) {
        return Optional.ofNullable(em.find(Slide.class, slideId))
                .filter(s -> s.getRoom().map(Room::getId).equals(roomId))
                .orElseThrow(() -> new NotFoundException("slides.notFound"));
    }
}
