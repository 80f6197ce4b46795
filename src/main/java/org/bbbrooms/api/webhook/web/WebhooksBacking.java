package org.bbbrooms.api.webhook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.api.webhook.Delivery;
import org.bbbrooms.api.webhook.EventType;
import org.bbbrooms.api.webhook.NewSubscription;
import org.bbbrooms.api.webhook.Subscription;
import org.bbbrooms.api.webhook.WebhookService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.PagedDataModel;
import org.omnifaces.util.Messages;

/**
 * Backs admin/webhooks.xhtml: the subscriptions (create, pause, resume, replay failed deliveries, delete) and the
 * delivery log of the one chosen. A new subscription's secret is shown once, right after it is made, and forgotten
 * by the next action.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookService webhooks;

    @Inject
    ActiveUser activeUser;

    private String url;
    private String description;
    private List<String> types = new ArrayList<>(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    private String newSecret;
    private Long shown;
    private Long confirmingDelete;
    private final PagedDataModel<Delivery> log =
            new PagedDataModel<>(request -> webhooks.log(activeUser.actor(), shown, request));

    public void create() {
        forgetSecret();
        EnumSet<EventType> chosen = EnumSet.noneOf(EventType.class);
        types.stream().map(EventType::byWireName).flatMap(Optional::stream).forEach(chosen::add);
        NewSubscription made = webhooks.create(activeUser.actor(), url, description, chosen, Optional.empty());
        newSecret = made.secret();
        url = null;
        description = null;
        Messages.addGlobalInfo("webhooks.created", made.subscription().getUrl());
    }

    public void pause(Subscription subscription) {
        forgetSecret();
        webhooks.pause(activeUser.actor(), subscription.getId());
        Messages.addGlobalInfo("webhooks.paused", subscription.getUrl());
    }

    public void resume(Subscription subscription) {
        forgetSecret();
        webhooks.resume(activeUser.actor(), subscription.getId());
        Messages.addGlobalInfo("webhooks.resumed", subscription.getUrl());
    }

    public void replay(Subscription subscription) {
        forgetSecret();
        int count = webhooks.replayFailed(activeUser.actor(), subscription.getId());
        Messages.addGlobalInfo("webhooks.replayed", count, subscription.getUrl());
    }

    public void confirmDelete(Subscription subscription) {
        forgetSecret();
        confirmingDelete = subscription.getId();
    }

    public void delete(Subscription subscription) {
        webhooks.delete(activeUser.actor(), Optional.empty(), subscription.getId());
        confirmingDelete = null;
        if (subscription.getId().equals(shown)) {
            shown = null;
        }
        Messages.addGlobalInfo("webhooks.deleted", subscription.getUrl());
    }

    public void cancel() {
        confirmingDelete = null;
    }

    public void show(Subscription subscription) {
        forgetSecret();
        shown = subscription.getId();
    }

    public boolean confirmingDelete(Subscription subscription) {
        return subscription.getId().equals(confirmingDelete);
    }

    public List<Subscription> getSubscriptions() {
        return webhooks.subscriptions(activeUser.actor(), Optional.empty());
    }

    public Optional<Subscription> getShownSubscription() {
        return shown == null ? Optional.empty() : Optional.of(webhooks.subscription(activeUser.actor(),
                Optional.empty(), shown));
    }

    public PagedDataModel<Delivery> getLog() {
        return log;
    }

    public EventType[] getEventTypes() {
        return EventType.values();
    }

    /** The secret of the subscription just made, shown once; empty otherwise. */
    public Optional<String> getNewSecret() {
        return Optional.ofNullable(newSecret);
    }

    private void forgetSecret() {
        newSecret = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The chosen types, by their wire names (the checkboxes' values). */
    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types;
    }
}
