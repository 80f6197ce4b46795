package org.bbbrooms.lti.services;

import java.util.List;
import java.util.Optional;

/**
 * One member of an LMS context as NRPS lists it: {@code user_id} (the launch's {@code sub}), name and email when the
 * platform shares them, the LIS roles, and whether the membership is active (a missing status means Active).
 */
public record Member(String userId, Optional<String> name, Optional<String> email, List<String> roles,
        boolean active) {

    public Member {
        roles = List.copyOf(roles);
    }
}
