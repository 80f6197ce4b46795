package org.bbbrooms.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.bbbrooms.lti.services.Scopes;
import org.bbbrooms.lti.services.ServiceCall;
import org.bbbrooms.lti.services.ServiceCallException;
import org.bbbrooms.lti.services.ServiceCalls;

/**
 * Sends one claimed score to the LMS: to the room's line item, which it first finds in the context's container
 * (by resourceId = the room's public id) or makes there when the room has none yet; and, when the LMS says the
 * known line item is gone (404), finds or makes it again once. The caller records the outcome.
 * <p>Use: {@code URI lineItem = sender.send(claim);} ({@link ServiceCallException} when it failed).
 */
@ApplicationScoped
public class GradeSender {

    @Inject
    ServiceCalls calls;

    /** Sends the score; the line item it went to. */
    public URI send(ScoreClaim claim) throws ServiceCallException {
        if (claim.lineItem().isPresent()) {
            try {
                post(claim, claim.lineItem().get());
                return claim.lineItem().get();
            } catch (ServiceCallException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        URI lineItem = lineItem(claim);
        post(claim, lineItem);
        return lineItem;
    }

    private void post(ScoreClaim claim, URI lineItem) throws ServiceCallException {
        calls.post(claim.platform(), AgsJson.scores(lineItem), AgsJson.SCORE, AgsJson.score(claim), Scopes.SCORE);
    }

    private URI lineItem(ScoreClaim claim) throws ServiceCallException {
        ServiceCall.Answer found = calls.get(claim.platform(), AgsJson.byResource(claim.lineItems(),
                claim.roomPublicId()), AgsJson.CONTAINER, Scopes.LINE_ITEM);
        Optional<URI> known = AgsJson.find(found.body(), claim.roomPublicId());
        return known.isPresent() ? known.get() : made(claim);
    }

    private URI made(ScoreClaim claim) throws ServiceCallException {
        ServiceCall.Answer made = calls.post(claim.platform(), claim.lineItems(), AgsJson.LINE_ITEM,
                AgsJson.lineItem(claim.roomPublicId(), claim.roomName()), Scopes.LINE_ITEM);
        return AgsJson.id(made.body()).orElseThrow(() -> new ServiceCallException(0,
                "the LMS made the line item but gave no id"));
    }
}
