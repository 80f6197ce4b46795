package org.bbbrooms.lti.deeplinking;

import java.io.Serializable;
import java.net.URI;

/**
 * What the browser posts back to the platform once the teacher chose: the signed LtiDeepLinkingResponse, as the
 * form field {@code JWT}, to the request's {@code deep_link_return_url}; and the title of the room placed.
 */
public record DeepLinkingAnswer(URI returnUrl, String jwt, String title) implements Serializable {
}
