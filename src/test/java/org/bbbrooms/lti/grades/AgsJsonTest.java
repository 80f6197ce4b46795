package org.bbbrooms.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AGS URLs and documents the tool builds and reads. */
class AgsJsonTest {

    @Test
    void scoresGoToTheLineItemsPathWithItsQueryKept() {
        assertEquals(URI.create("https://lms.example/ags/c1/lineitems/7/scores"),
                AgsJson.scores(URI.create("https://lms.example/ags/c1/lineitems/7")));
        assertEquals(URI.create("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1"),
                AgsJson.scores(URI.create("https://lms.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1")));
    }

    @Test
    void theContainerIsAskedForTheRoomsLineItemsOnly() {
        assertEquals(URI.create("https://lms.example/ags/c1/lineitems?resource_id=abc"),
                AgsJson.byResource(URI.create("https://lms.example/ags/c1/lineitems"), "abc"));
        assertEquals(URI.create("https://lms.example/x?type_id=1&resource_id=abc"),
                AgsJson.byResource(URI.create("https://lms.example/x?type_id=1"), "abc"));
    }

    @Test
    void theRoomsLineItemIsFoundByItsResourceId() {
        String container = "[{\"id\":\"https://lms.example/li/1\",\"resourceId\":\"other\"},"
                + "{\"id\":\"https://lms.example/li/2\",\"resourceId\":\"abc\"}]";
        assertEquals(Optional.of(URI.create("https://lms.example/li/2")), AgsJson.find(container, "abc"));
        assertEquals(Optional.empty(), AgsJson.find("[]", "abc"));
        assertEquals(Optional.empty(), AgsJson.find("{\"not\":\"a container\"}", "abc"));
    }
}
