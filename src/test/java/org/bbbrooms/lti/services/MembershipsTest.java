package org.bbbrooms.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A roster is read whole, page after page, as NRPS 2.0 pages it with Link rel="next". */
class MembershipsTest {

    private static final URI FIRST = URI.create("https://lms.example/nrps/c1?limit=2");
    private final List<URI> asked = new ArrayList<>();

    private static String page(String... members) {
        return "{\"id\":\"x\",\"context\":{\"id\":\"c1\"},\"members\":[" + String.join(",", members) + "]}";
    }

    private static String member(String id, String status) {
        return "{\"user_id\":\"" + id + "\",\"name\":\"Name " + id + "\",\"email\":\"" + id + "@lms.example\","
                + (status == null ? "" : "\"status\":\"" + status + "\",")
                + "\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"]}";
    }

    private Memberships.Pages pages(Map<URI, ServiceCall.Answer> answers) {
        return page -> {
            asked.add(page);
            return answers.get(page);
        };
    }

    @Test
    void everyPageIsReadInOrder() throws ServiceCallException {
        URI second = URI.create("https://lms.example/nrps/c1?limit=2&offset=2");
        URI third = URI.create("https://lms.example/nrps/c1?limit=2&offset=4");
        List<Member> all = Memberships.read(FIRST, pages(Map.of(
                FIRST, new ServiceCall.Answer(200, page(member("a", "Active"), member("b", null)),
                        List.of("<" + second + ">; rel=\"next\"")),
                second, new ServiceCall.Answer(200, page(member("c", "Inactive"), member("d", "Active")),
                        List.of("<https://lms.example/nrps/c1>; rel=\"first\", <" + third + ">; rel=\"next\"")),
                third, new ServiceCall.Answer(200, page(member("e", "Active")), List.of()))));
        assertEquals(List.of("a", "b", "c", "d", "e"), all.stream().map(Member::userId).toList());
        assertEquals(List.of(FIRST, second, third), asked);
        assertTrue(all.get(1).active(), "no status means Active");
        assertFalse(all.get(2).active(), "Inactive");
        assertEquals(Optional.of("Name a"), all.get(0).name());
        assertEquals(Optional.of("a@lms.example"), all.get(0).email());
        assertEquals(1, all.get(0).roles().size());
    }

    @Test
    void aRelativeNextLinkIsResolvedAgainstThePage() {
        assertEquals(Optional.of(URI.create("https://lms.example/nrps/c1?offset=2")),
                Memberships.next(List.of("</nrps/c1?offset=2>; rel=next"), FIRST));
        assertEquals(Optional.empty(), Memberships.next(List.of("<https://lms.example/x>; rel=\"prev\""), FIRST));
    }

    @Test
    void aNextPageOnAnotherHostIsRefused() {
        assertThrows(ServiceCallException.class, () -> Memberships.read(FIRST, pages(Map.of(FIRST,
                new ServiceCall.Answer(200, page(member("a", null)),
                        List.of("<https://attacker.example/steal>; rel=\"next\""))))));
        assertEquals(List.of(FIRST), asked);
    }

    @Test
    void aPageWithoutMembersIsRefused() {
        assertThrows(ServiceCallException.class, () -> Memberships.parse("{\"id\":\"x\"}"));
        assertThrows(ServiceCallException.class, () -> Memberships.parse("<html>"));
    }

    @Test
    void membersWithoutUserIdAreSkipped() throws ServiceCallException {
        assertEquals(List.of("a"), Memberships.parse(page("{\"name\":\"nobody\"}", member("a", null))).stream()
                .map(Member::userId).toList());
    }
}
