package org.bbbrooms.testing.lti;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The tools the platform knows, by client id, and the one-time tokens that let a tool register itself. */
final class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ToolRegistration> tools = new LinkedHashMap<>();
    private final Set<String> registrationTokens = ConcurrentHashMap.newKeySet();

    /** A random URL-safe value of 128 bits, for ids, hints, tokens. */
    static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String newRegistrationToken() {
        String token = random();
        registrationTokens.add(token);
        return token;
    }

    boolean isRegistrationToken(String token) {
        return token != null && registrationTokens.contains(token);
    }

    void spend(String token) {
        registrationTokens.remove(token);
    }

    synchronized ToolRegistration add(ToolRegistration tool) {
        tools.put(tool.clientId(), tool);
        return tool;
    }

    /** The tool of this client id, or null. */
    synchronized ToolRegistration tool(String clientId) {
        return clientId == null ? null : tools.get(clientId);
    }

    /** The tool registered last: the one launches go to when the test names none. */
    synchronized ToolRegistration latest() {
        if (tools.isEmpty()) {
            throw new IllegalStateException("No tool is registered: call registerTool(...) or register it dynamically");
        }
        List<ToolRegistration> all = new ArrayList<>(tools.values());
        return all.get(all.size() - 1);
    }

    synchronized List<ToolRegistration> all() {
        return List.copyOf(tools.values());
    }
}
