package org.bbbrooms.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's own choice of BigBlueButton client (see {@link UserPreferenceService}). */
@Entity
@Table(name = "user_preference")
class UserPreference {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_interface", nullable = false, length = 16)
    private ClientInterface clientInterface;

    protected UserPreference() {
    }

    UserPreference(long userId, ClientInterface clientInterface) {
        this.userId = userId;
        this.clientInterface = clientInterface;
    }

    ClientInterface clientInterface() {
        return clientInterface;
    }

    void choose(ClientInterface client) {
        this.clientInterface = client;
    }
}
