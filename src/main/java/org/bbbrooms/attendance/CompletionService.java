package org.bbbrooms.attendance;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomService;

/**
 * What counts as attended in each room ({@link CompletionRule}), as its hosts set it: the reports' verdicts and
 * absentees follow it. Rooms nobody set use {@link CompletionRule#DEFAULT}.
 * <p>Use: {@code completion.save(actor, publicId, new CompletionRule(Kind.MINUTES, 30));}
 */
@Stateless
@PermitAll
public class CompletionService {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomService rooms;

    @Inject
    RoomContexts contexts;

    @Inject
    Clock clock = Clock.systemUTC();

    /** A room's rule as its hosts edit it. */
    public record RoomCompletion(String publicId, String roomName, CompletionRule rule) {
    }

    /** The room's rule, for its hosts (AccessDeniedException for anyone else). */
    public RoomCompletion forRoom(Actor actor, String publicId) {
        Room room = rooms.hostedRoom(actor, publicId);
        return new RoomCompletion(room.getPublicId(), contexts.name(room), rule(room.getId()));
    }

    /** Sets the room's rule; {@link BusinessException} saying what is wrong with an invalid one. */
    public RoomCompletion save(Actor actor, String publicId, CompletionRule rule) {
        Room room = rooms.hostedRoom(actor, publicId);
        rule.check().ifPresent(key -> {
            throw new BusinessException(key);
        });
        Optional.ofNullable(em.find(CompletionSetting.class, room.getId())).ifPresentOrElse(
                setting -> setting.set(rule, clock.instant()),
                () -> em.persist(new CompletionSetting(room.getId(), rule, clock.instant())));
        return new RoomCompletion(room.getPublicId(), contexts.name(room), rule);
    }

    /** The room's rule, the default when nobody set one: what its verdicts and its LTI scores follow. */
    public CompletionRule rule(long roomId) {
        return rules(List.of(roomId)).getOrDefault(roomId, CompletionRule.DEFAULT);
    }

    /** The rules of rooms that have one, by room id (the others use the default). */
    public Map<Long, CompletionRule> rules(Collection<Long> roomIds) {
        List<Long> ids = new ArrayList<>(roomIds.stream().distinct().toList());
        Map<Long, CompletionRule> rules = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select s from CompletionSetting s where s.roomId in :ids", CompletionSetting.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList()
                    .forEach(setting -> rules.put(setting.roomId(), setting.rule()));
        }
        return rules;
    }
}
