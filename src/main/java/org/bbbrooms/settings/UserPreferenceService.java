package org.bbbrooms.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.BusinessException;

/**
 * Each user's choice of BigBlueButton client, used when the platform lets users choose. A user only ever changes
 * their own; Flash can only be chosen where the detected server still has it.
 * <p>Use: {@code ClientInterface client = preferences.effectiveClient(actor);}
 */
@Stateless
@PermitAll
public class UserPreferenceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    public Optional<ClientInterface> choice(long userId) {
        return Optional.ofNullable(em.find(UserPreference.class, userId)).map(UserPreference::clientInterface);
    }

    /** The client this user gets: the platform's, or their own choice when the platform lets users choose. */
    public ClientInterface effectiveClient(Actor actor) {
        PlatformSettings platform = settings.current();
        ClientInterface wanted = platform.clientInterface() == ClientInterface.USER_CHOICE
                ? choice(actor.userId()).orElse(ClientInterface.HTML5)
                : platform.clientInterface();
        return wanted == ClientInterface.FLASH && platform.flashAvailable() ? ClientInterface.FLASH : ClientInterface.HTML5;
    }

    public void choose(Actor actor, ClientInterface client) {
        PlatformSettings platform = settings.current();
        if (platform.clientInterface() != ClientInterface.USER_CHOICE) {
            throw new BusinessException("client.choice.notOffered");
        }
        if (client == ClientInterface.USER_CHOICE || (client == ClientInterface.FLASH && !platform.flashAvailable())) {
            throw new BusinessException("client.flash.unavailable");
        }
        Optional.ofNullable(em.find(UserPreference.class, actor.userId()))
                .ifPresentOrElse(p -> p.choose(client), () -> em.persist(new UserPreference(actor.userId(), client)));
    }
}
