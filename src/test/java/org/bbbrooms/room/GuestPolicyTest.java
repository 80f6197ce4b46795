package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bbbrooms.bbb.GuestPolicy;
import org.bbbrooms.settings.options.Decision;
import org.bbbrooms.settings.options.EffectiveOptions;
import org.bbbrooms.settings.options.MeetingOptions;
import org.bbbrooms.settings.options.OptionState;
import org.bbbrooms.settings.options.Source;
import org.junit.jupiter.api.Test;

/** A room open to guests lets them in by the guestPolicy its meeting options chose; by default they wait in the lobby. */
class GuestPolicyTest {

    private static EffectiveOptions policy(Source source, GuestPolicy value) {
        return new EffectiveOptions(List.of(new OptionState(MeetingOptions.find("guestPolicy").orElseThrow(),
                Decision.ROOM, value.name(), source, value.name(), true)));
    }

    @Test
    void nobodysChoiceMeansTheLobby() {
        assertEquals(GuestPolicy.ASK_MODERATOR, MeetingRequests.guestPolicy(policy(Source.DEFAULT,
                GuestPolicy.ALWAYS_ACCEPT)), "BBB's own default would let guests straight in");
    }

    @Test
    void aPolicyThatAPlatformCourseOrRoomChoseIsTheOneSent() {
        assertEquals(GuestPolicy.ALWAYS_ACCEPT, MeetingRequests.guestPolicy(policy(Source.PLATFORM,
                GuestPolicy.ALWAYS_ACCEPT)), "even when it is BBB's default");
        assertEquals(GuestPolicy.ALWAYS_DENY, MeetingRequests.guestPolicy(policy(Source.COURSE,
                GuestPolicy.ALWAYS_DENY)));
        assertEquals(GuestPolicy.ASK_MODERATOR, MeetingRequests.guestPolicy(policy(Source.ROOM,
                GuestPolicy.ASK_MODERATOR)));
    }
}
