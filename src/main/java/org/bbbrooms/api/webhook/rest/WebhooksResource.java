package org.bbbrooms.api.webhook.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.api.ApiCaller;
import org.bbbrooms.api.ApiPage;
import org.bbbrooms.api.ApiProblem;
import org.bbbrooms.api.Cursor;
import org.bbbrooms.api.Idempotent;
import org.bbbrooms.api.Problem;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.bbbrooms.api.webhook.EventType;
import org.bbbrooms.api.webhook.NewSubscription;
import org.bbbrooms.api.webhook.Subscription;
import org.bbbrooms.api.webhook.WebhookService;
import org.bbbrooms.platform.web.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/webhooks}: the calling client's own webhook subscriptions (scope {@code read}): list, create
 * (the answer carries the signing secret, once; safe to retry with an {@code Idempotency-Key}), read and delete.
 * Another client's subscriptions, and the admins' own, are 404 here. Pausing and the delivery log are on the admin
 * page.
 * <p>Use: {@code POST /api/v1/webhooks {"url": "https://portal.example/hook", "events": ["meeting.ended"]}}.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
public class WebhooksResource {

    private static final int MAX_URL = 2000;
    private static final int MAX_DESCRIPTION = 200;

    @Inject
    ApiCaller caller;

    @Inject
    WebhookService webhooks;

    /**
     * What a client sends to subscribe. Checked by {@link #check} rather than by Bean Validation annotations, on
     * which Payara's OpenAPI generator fails for record components.
     */
    public record WebhookRequest(String url, List<String> events, String description) {
    }

    /** A subscription as the API shows it; never its secret. */
    public record WebhookView(long id, String url, List<String> events, String description, String status,
            String createdAt) {

        static WebhookView of(Subscription s) {
            return new WebhookView(s.getId(), s.getUrl(), s.getEventTypes().stream().map(EventType::wireName).toList(),
                    s.getDescription().orElse(null), s.getStatus().name().toLowerCase(Locale.ROOT),
                    s.getCreatedAt().toString());
        }
    }

    /** A subscription just made, with the secret its deliveries are signed with: shown this once. */
    public record CreatedWebhook(WebhookView subscription, String secret) {

        @Override
        public String toString() {
            return "CreatedWebhook[" + subscription + "]";
        }
    }

    @GET
    @RequiresScope(Scope.READ)
    @Operation(summary = "The calling client's webhook subscriptions, oldest first")
    public ApiPage<WebhookView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = ApiPage.limit(limit);
        long after = cursor == null ? 0 : Cursor.number(Cursor.parse(cursor, 1), 0);
        List<WebhookView> rows = webhooks.subscriptions(caller.actor(), client()).stream()
                .filter(s -> s.getId() > after).sorted(Comparator.comparing(Subscription::getId))
                .limit(size + 1L).map(WebhookView::of).toList();
        return ApiPage.of(rows, size, row -> Cursor.of(row.id()));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.READ)
    @Operation(summary = "Subscribes a URL to events; the answer holds the signing secret, shown only this once")
    public Response create(WebhookRequest request) {
        check(request);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : request.events()) {
            types.add(EventType.byWireName(name).orElseThrow(() -> new ApiProblem(400, "api.webhook.event.unknown",
                    name)));
        }
        NewSubscription made = webhooks.create(caller.actor(), request.url(), request.description(), types, client());
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedWebhook(WebhookView.of(made.subscription()), made.secret())).build();
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scope.READ)
    @Operation(summary = "One of the calling client's webhook subscriptions")
    public WebhookView get(@PathParam("id") long id) {
        return WebhookView.of(webhooks.subscription(caller.actor(), client(), id));
    }

    @DELETE
    @Path("{id}")
    @RequiresScope(Scope.READ)
    @Operation(summary = "Deletes one of the calling client's webhook subscriptions and its deliveries")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(caller.actor(), client(), id);
        return Response.noContent().build();
    }

    /** A 400 problem listing every field at fault, or nothing. */
    static void check(WebhookRequest request) {
        if (request == null) {
            throw new ApiProblem(400, "api.webhook.body.missing");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.url() == null || request.url().isBlank() || request.url().length() > MAX_URL) {
            errors.add(new Problem.FieldError("url", Texts.format(Locale.ENGLISH, "api.webhook.url.required", MAX_URL)));
        }
        if (request.events() == null || request.events().isEmpty()
                || request.events().stream().anyMatch(e -> e == null || e.isBlank())) {
            errors.add(new Problem.FieldError("events", Texts.format(Locale.ENGLISH, "api.webhook.events.required")));
        }
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description",
                    Texts.format(Locale.ENGLISH, "api.webhook.description.size", MAX_DESCRIPTION)));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, errors, "api.invalid");
        }
    }

    private Optional<Long> client() {
        return Optional.of(caller.client().id());
    }
}
