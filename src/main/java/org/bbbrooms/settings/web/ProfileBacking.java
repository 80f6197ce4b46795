package org.bbbrooms.settings.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.settings.ClientInterface;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.SettingsService;
import org.bbbrooms.settings.UserPreferenceService;
import org.omnifaces.util.Messages;

/**
 * Backs profile.xhtml: who the user is, and their choice of conference client when the platform lets users
 * choose (Flash only where the detected server still has it; the service re-checks both).
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    SettingsService settings;

    @Inject
    UserPreferenceService preferences;

    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient PlatformSettings platform;
    private boolean chosen;
    private ClientInterface effective;
    private ClientInterface client;

    @PostConstruct
    public void load() {
        Actor actor = activeUser.actor();
        platform = settings.current();
        chosen = preferences.choice(actor.userId()).isPresent();
        effective = preferences.effectiveClient(actor);
        client = effective;
    }

    public void save() {
        preferences.choose(activeUser.actor(), client);
        load();
        Messages.addGlobalInfo("profile.client.saved");
    }

    public boolean isChoiceOffered() {
        return platform().clientInterface() == ClientInterface.USER_CHOICE;
    }

    public boolean isFlashAvailable() {
        return platform().flashAvailable();
    }

    /** The client this user gets now, chosen or not. */
    public ClientInterface getEffective() {
        return effective;
    }

    public boolean isChosen() {
        return chosen;
    }

    public String getDetectedVersion() {
        return platform().detectedVersion().orElse("");
    }

    /** What a user may pick: the two clients (Flash shown disabled where the server lacks it). */
    public ClientInterface[] getClients() {
        return new ClientInterface[] {ClientInterface.HTML5, ClientInterface.FLASH};
    }

    public ClientInterface getClient() {
        return client;
    }

    public void setClient(ClientInterface client) {
        this.client = client;
    }

    private PlatformSettings platform() {
        if (platform == null) {
            platform = settings.current();
        }
        return platform;
    }
}
