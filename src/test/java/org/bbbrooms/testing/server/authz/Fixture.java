package org.bbbrooms.testing.server.authz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.attendance.ReportPeriod;
import org.bbbrooms.identity.Actor;

/**
 * What {@link AuthzFixture} built: the personas' users, one room of each kind with past recorded meetings whose
 * recordings BBB (the sandbox) has, a user to lock and unlock, and a report period that covers the meetings.
 * Recording 0 of a room is published and unpublished; recording {@code n} is the one that the persona of ordinal
 * {@code n} tries to delete, so that every delete finds one.
 */
public record Fixture(String id, Map<Persona, Actor> actors, Map<RoomKind, Room> rooms, Actor victim,
        ReportPeriod period) {

    /** One room of the matrix and its past meetings and recordings. */
    public record Room(String publicId, Optional<Long> courseId, Optional<String> courseCode, List<Long> meetingIds,
            List<String> recordIds) {
    }

    public Actor actor(Persona persona) {
        return Optional.ofNullable(actors.get(persona)).orElseThrow();
    }

    public Room room(RoomKind kind) {
        return rooms.get(kind);
    }

    public Persona personaOf(Actor actor) {
        return actors.entrySet().stream().filter(e -> e.getValue().userId() == actor.userId()).findFirst()
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalArgumentException(actor + " is no persona"));
    }

    /** For the tests: the fixture's id, the personas' usernames (also their passwords), the rooms, the period. */
    public JsonObject json() {
        JsonObjectBuilder personas = Json.createObjectBuilder();
        actors.forEach((persona, actor) -> personas.add(persona.name(), actor.username()));
        JsonObjectBuilder shown = Json.createObjectBuilder();
        rooms.forEach((kind, room) -> {
            JsonObjectBuilder json = Json.createObjectBuilder().add("publicId", room.publicId())
                    .add("meetingId", room.meetingIds().get(0));
            room.courseId().ifPresent(course -> json.add("courseId", course));
            room.courseCode().ifPresent(code -> json.add("courseCode", code));
            shown.add(kind.name(), json);
        });
        return Json.createObjectBuilder().add("id", id).add("personas", personas).add("rooms", shown)
                .add("victim", victim.userId()).add("period", Json.createObjectBuilder()
                        .add("from", period.from().toString()).add("to", period.to().toString())).build();
    }
}
