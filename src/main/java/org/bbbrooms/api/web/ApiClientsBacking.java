package org.bbbrooms.api.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.api.ApiClient;
import org.bbbrooms.api.ApiClientService;
import org.bbbrooms.api.IssuedToken;
import org.bbbrooms.api.Scope;
import org.bbbrooms.identity.security.ActiveUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs admin/api-clients.xhtml: the API clients with their scopes, expiry, last use and state; creating one, whose
 * token is shown in the answer to that request only (it lives in a request attribute, never in the view or the
 * session, and only its hash is stored); revoking one after a confirmation.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TOKEN = ApiClientsBacking.class.getName() + ".token";

    @Inject
    ApiClientService clients;

    @Inject
    ActiveUser activeUser;

    private String name;
    private List<Scope> scopes = new ArrayList<>();
    private LocalDate expiry;
    private Long confirming;

    /** Creates the client; its token expires at the end of the chosen day, in the portal's time zone. */
    public void create() {
        Instant expiresAt = expiry == null ? null : expiry.plusDays(1).atStartOfDay(zone()).toInstant();
        IssuedToken issued = clients.create(activeUser.actor(), name,
                scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes), expiresAt, null);
        Faces.setRequestAttribute(TOKEN, issued.token());
        Messages.addGlobalInfo("api.clients.created", issued.client().getName());
        name = null;
        scopes = new ArrayList<>();
        expiry = null;
    }

    public void askRevoke(ApiClient client) {
        confirming = client.getId();
    }

    public void cancelRevoke() {
        confirming = null;
    }

    public void revoke() {
        ApiClient revoked = clients.revoke(activeUser.actor(), confirming);
        confirming = null;
        Messages.addGlobalInfo("api.clients.revoked", revoked.getName());
    }

    /** The token just issued, in the answer to the creating request only. */
    public String getIssuedToken() {
        return Faces.getRequestAttribute(TOKEN);
    }

    public List<ApiClient> getClients() {
        return clients.list(activeUser.actor());
    }

    public Optional<ApiClient> getConfirmingClient() {
        return Optional.ofNullable(confirming).flatMap(id -> getClients().stream()
                .filter(c -> c.getId().equals(id)).findFirst());
    }

    /** {@code active}, {@code expired} or {@code revoked}: the key of the client's state. */
    public String state(ApiClient client) {
        return client.getRevokedAt().isPresent() ? "revoked" : clients.isValidNow(client) ? "active" : "expired";
    }

    public String scopesOf(ApiClient client) {
        return client.getScopes().stream().sorted().map(Scope::wireName).collect(Collectors.joining(", "));
    }

    /** An instant as people read it, in the portal's time zone and the user's language; empty when absent. */
    public String time(Optional<Instant> instant) {
        return instant.map(i -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Faces.getLocale()).format(i.atZone(zone()))).orElse("");
    }

    public Scope[] getAllScopes() {
        return Scope.values();
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Scope> getScopes() {
        return scopes;
    }

    public void setScopes(List<Scope> scopes) {
        this.scopes = scopes;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }
}
