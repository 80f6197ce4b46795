package org.bbbrooms.sandbox;

import java.util.Optional;

/**
 * A document pre-uploaded with {@code create} in a {@code <modules>} body: by URL or embedded in base64.
 *
 * @param name the file name (given, or taken from the URL)
 * @param url where BBB would download it from, when given by URL
 */
record Presentation(String name, Optional<String> url) {
}
