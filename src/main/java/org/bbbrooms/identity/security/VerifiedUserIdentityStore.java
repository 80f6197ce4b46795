package org.bbbrooms.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * Validates {@link VerifiedUserCredential}s: the user is known and active. Other credentials (the login form's
 * username and password) are left to {@link PortalIdentityStore}, as the default {@code validate} dispatch does.
 */
@ApplicationScoped
public class VerifiedUserIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    public CredentialValidationResult validate(VerifiedUserCredential credential) {
        return users.find(credential.userId()).filter(User::isActive)
                .map(user -> new CredentialValidationResult(user.getUsername(),
                        Set.of(user.getRole().name(), Roles.USER)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
