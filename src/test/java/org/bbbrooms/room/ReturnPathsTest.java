package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Leaving BBB leads back to a page of the portal, never anywhere else. */
class ReturnPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/course.xhtml?code=MATH101", "/group.xhtml?id=12", "/", "/index.xhtml#rooms",
            "/room.xhtml?id=abc&next=//elsewhere"})
    void aPathOfThePortalIsRemembered(String path) {
        ReturnPaths paths = new ReturnPaths();
        paths.remember("room1", path);
        assertEquals(path, paths.pathFor("room1"));
        assertEquals(ReturnPaths.HOME, paths.pathFor("room2"), "each room has its own");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "course.xhtml", "/../other-app/", "/a/%2e%2E/b", "/./x", "/x\r\nLocation: //evil",
            "http:/evil.example", ""})
    void anythingElseLeadsHome(String path) {
        ReturnPaths paths = new ReturnPaths();
        paths.remember("room1", "/course.xhtml?code=MATH101");
        paths.remember("room1", path);
        assertEquals(ReturnPaths.HOME, paths.pathFor("room1"));
        assertEquals(ReturnPaths.HOME, paths.pathFor(null));
    }
}
