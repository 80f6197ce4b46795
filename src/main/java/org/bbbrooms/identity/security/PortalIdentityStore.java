package org.bbbrooms.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Passwords;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;

/**
 * Checks usernames and passwords against the portal's users. An unknown user, a wrong password and a deactivated
 * account give the same answer in the same time, so nothing reveals whether a username exists.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    @Inject
    Passwords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<User> user = users.findByUsername(credential.getCaller());
        if (!passwords.matches(user, credential.getPassword().getValue())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().getUsername(), Set.of(user.get().getRole().name(), Roles.USER));
    }
}
