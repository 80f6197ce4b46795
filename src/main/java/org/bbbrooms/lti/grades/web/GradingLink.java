package org.bbbrooms.lti.grades.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.lti.grades.GradingService;

/**
 * Whether the embed view of a room offers its teacher the grading page: only where the room came from an LMS that
 * takes grades, so that LMS teachers set the threshold where they use the room.
 * <p>Use in a page: {@code rendered="#{gradingLink.offered(room.publicId())}"}.
 */
@Named
@RequestScoped
public class GradingLink {

    @Inject
    GradingService grading;

    @Inject
    ActiveUser activeUser;

    /** Faces evaluates {@code rendered} several times per request: the answer is looked up once per room. */
    private final Map<String, Boolean> answers = new HashMap<>();

    public boolean offered(String roomPublicId) {
        return answers.computeIfAbsent(roomPublicId,
                id -> activeUser.isSignedIn() && grading.offered(activeUser.actor(), id));
    }
}
