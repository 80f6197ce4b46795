package org.bbbrooms.lti.deeplinking;

import java.io.Serializable;

/** A room the teacher may place: its public id and what it is called. */
public record RoomChoice(String publicId, String name) implements Serializable {
}
