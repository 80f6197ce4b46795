package org.bbbrooms.testing.lti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The emulated LMS's data, filled by the test: courses, people, who is enrolled where with which roles, and the
 * tool placements in each course. Members keep the order in which they were enrolled (NRPS pages follow it).
 */
final class Roster {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,255}");

    private final Map<String, LtiContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, LtiUser> users = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> enrolments = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ResourceLink>> links = new ConcurrentHashMap<>();

    static void requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Ids go into URLs: use 1 to 255 of A-Z a-z 0-9 . _ - (" + id + ")");
        }
    }

    void add(LtiContext context) {
        contexts.put(context.id(), context);
        enrolments.putIfAbsent(context.id(), new LinkedHashMap<>());
        links.putIfAbsent(context.id(), new LinkedHashMap<>());
    }

    void add(LtiUser user) {
        users.put(user.sub(), user);
    }

    void enrol(String contextId, String sub, List<String> roles) {
        context(contextId);
        user(sub);
        synchronized (enrolments) {
            enrolments.get(contextId).put(sub, List.copyOf(roles));
        }
    }

    /** Takes a user out of a context: NRPS lists them no more (NRPS 2.0 §2.4: only current members). */
    void unenrol(String contextId, String sub) {
        context(contextId);
        synchronized (enrolments) {
            enrolments.get(contextId).remove(sub);
        }
    }

    void add(ResourceLink link) {
        context(link.contextId());
        synchronized (links) {
            links.get(link.contextId()).put(link.id(), link);
        }
    }

    LtiContext context(String id) {
        LtiContext context = contexts.get(id);
        if (context == null) {
            throw new IllegalArgumentException("No context " + id + ": add it with emu.context(...)");
        }
        return context;
    }

    LtiUser user(String sub) {
        LtiUser user = sub == null ? null : users.get(sub);
        if (user == null) {
            throw new IllegalArgumentException("No user " + sub + ": add it with emu.user(...)");
        }
        return user;
    }

    ResourceLink link(String contextId, String linkId) {
        ResourceLink link = links(contextId).get(linkId);
        if (link == null) {
            throw new IllegalArgumentException("No resource link " + linkId + " in " + contextId);
        }
        return link;
    }

    Map<String, ResourceLink> links(String contextId) {
        context(contextId);
        synchronized (links) {
            return new LinkedHashMap<>(links.get(contextId));
        }
    }

    boolean hasContext(String id) {
        return contexts.containsKey(id);
    }

    /** The context roles of this user in this context, then the user's institution roles. */
    List<String> roles(String contextId, String sub) {
        List<String> roles = new ArrayList<>(members(contextId).getOrDefault(sub, List.of()));
        roles.addAll(user(sub).institutionRoles());
        return roles;
    }

    /** The members of a context and their context roles, in enrolment order. */
    Map<String, List<String>> members(String contextId) {
        context(contextId);
        synchronized (enrolments) {
            return new LinkedHashMap<>(enrolments.get(contextId));
        }
    }
}
