package org.bbbrooms.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.bbbrooms.platform.persistence.BaseEntity;
import org.bbbrooms.room.Meeting;

/**
 * What one attendee did in one meeting, as BBB's analytics callback reports it (only that source knows): talk time,
 * chat messages, times they talked, raised hands, emojis and poll votes. Keyed by the attendee's BBB user id.
 * <p>Use: {@code new Engagement(meeting, "17", figures)}.
 */
@Entity
@Table(name = "attendance_engagement")
public class Engagement extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "bbb_user_id", nullable = false, updatable = false, length = 255)
    private String bbbUserId;

    @Column(name = "talk_seconds", nullable = false)
    private int talkSeconds;

    @Column(name = "chats", nullable = false)
    private int chats;

    @Column(name = "talks", nullable = false)
    private int talks;

    @Column(name = "raised_hands", nullable = false)
    private int raisedHands;

    @Column(name = "emojis", nullable = false)
    private int emojis;

    @Column(name = "poll_votes", nullable = false)
    private int pollVotes;

    protected Engagement() {
    }

    public Engagement(Meeting meeting, String bbbUserId, Figures figures) {
        this.meeting = Objects.requireNonNull(meeting);
        this.bbbUserId = Objects.requireNonNull(bbbUserId);
        this.talkSeconds = figures.talkSeconds();
        this.chats = figures.chats();
        this.talks = figures.talks();
        this.raisedHands = figures.raisedHands();
        this.emojis = figures.emojis();
        this.pollVotes = figures.pollVotes();
    }

    /** The counts themselves, as reports show them. */
    public record Figures(int talkSeconds, int chats, int talks, int raisedHands, int emojis, int pollVotes) {

        public Figures {
            if (talkSeconds < 0 || chats < 0 || talks < 0 || raisedHands < 0 || emojis < 0 || pollVotes < 0) {
                throw new IllegalArgumentException("engagement counts are 0 or more");
            }
        }
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getBbbUserId() {
        return bbbUserId;
    }

    public Figures figures() {
        return new Figures(talkSeconds, chats, talks, raisedHands, emojis, pollVotes);
    }
}
