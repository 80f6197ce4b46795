package org.bbbrooms.api.docs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bbbrooms.api.ApiV1Application;
import org.bbbrooms.api.Problem;
import org.bbbrooms.api.RequiresScope;
import org.bbbrooms.api.Scope;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document that Payara generates from the annotations ({@code mp.openapi.filter} names it):
 * it keeps only {@code /api/v1} (BBB's callbacks are not for host portals), names each tag once, says which scope
 * each operation needs (from its {@link RequiresScope}), adds the problem answers every operation may give (401,
 * 403, 429, as RFC 9457 problem details), and drops the schemas that no operation uses.
 * <p>Use: nothing to call; annotate resources with {@code @Operation(operationId = ...)} and {@code @RequiresScope}.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String PREFIX = "/api/v1/";
    private static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Map<String, String> scopes = scopesByOperation();
        uniqueOperationIds(document);
        Set.copyOf(document.getPaths().getPathItems().keySet()).stream().filter(path -> !path.startsWith(PREFIX))
                .forEach(document.getPaths()::removePathItem);
        Map<String, Tag> tags = new LinkedHashMap<>();
        Optional.ofNullable(document.getTags()).orElse(List.of()).forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
        document.setTags(List.copyOf(tags.values()));
        Components components = document.getComponents();
        components.addSchema(PROBLEM, problem());
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, op) -> {
            String scope = scopes.getOrDefault(verb + " " + path, "any");
            op.setDescription(Optional.ofNullable(op.getDescription()).map(d -> d + "\n\n").orElse("")
                    + "Scope: `" + scope + "`.");
            APIResponses responses = op.getResponses();
            answer(responses, "401", "No valid bearer token: missing, unknown, revoked or expired.");
            answer(responses, "403", "The client lacks the `" + scope + "` scope.");
            answer(responses, "429", "Too many requests for this client: retry after Retry-After seconds.");
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") && (response.getContent() == null
                        || Optional.ofNullable(response.getContent().getMediaTypes()).orElse(Map.of()).isEmpty())) {
                    response.setContent(problemContent());
                }
            });
        }));
        Set<String> used = used(document, components.getSchemas());
        Set.copyOf(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
        Set<Schema> seen = seen();
        components.getSchemas().values().forEach(schema -> walk(schema, seen, SchemaTidy::tidy));
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Optional.ofNullable(op.getParameters()).orElse(List.of())
                    .forEach(p -> walk(p.getSchema(), seen, SchemaTidy::tidy));
            op.getResponses().getAPIResponses().values().forEach(response -> walk(response.getContent(), schema ->
                    walk(schema, seen, SchemaTidy::tidy)));
        }));
    }

    /** The scopes of each resource method of the application, by HTTP method and path ({@code GET /api/v1/me}). */
    private static Map<String, String> scopesByOperation() {
        Map<String, String> scopes = new HashMap<>();
        for (Class<?> type : new ApiV1Application().getClasses()) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Optional<String> verb = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(a -> a != null)
                        .map(HttpMethod::value).findFirst();
                Optional<RequiresScope> required = Optional.ofNullable(method.getAnnotation(RequiresScope.class))
                        .or(() -> Optional.ofNullable(type.getAnnotation(RequiresScope.class)));
                if (verb.isPresent() && required.isPresent()) {
                    String path = PREFIX + type.getAnnotation(Path.class).value() + Optional.ofNullable(
                            method.getAnnotation(Path.class)).map(p -> "/" + p.value()).orElse("");
                    scopes.put(verb.get() + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"),
                            wire(required.get().value()));
                }
            }
        }
        return scopes;
    }

    /**
     * Operation ids that several operations share (the generator takes the Java method's name: every {@code get})
     * become the HTTP method and the path, {@code getUsersExternalId}, as OpenAPI wants them unique.
     */
    private static void uniqueOperationIds(OpenAPI document) {
        Map<String, Long> counts = document.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).map(op -> String.valueOf(op.getOperationId()))
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, op) -> {
            if (op.getOperationId() == null || counts.get(op.getOperationId()) > 1) {
                StringBuilder id = new StringBuilder(verb.name().toLowerCase(Locale.ROOT));
                for (String part : path.substring(PREFIX.length()).split("[^A-Za-z0-9]+")) {
                    if (!part.isEmpty()) {
                        id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                }
                op.setOperationId(id.toString());
            }
        }));
    }

    private static String wire(Scope[] scopes) {
        return scopes.length == 0 ? "any" : Arrays.stream(scopes).map(Scope::wireName).collect(Collectors.joining(
                " | "));
    }

    private static void answer(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + PROBLEM)));
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: `detail` says what to fix.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).nullable(true)
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("message", text)))
                .required(List.of("title", "status", "detail"));
    }

    /** The schemas that the operations refer to, directly or through other schemas. */
    private static Set<String> used(OpenAPI document, Map<String, Schema> schemas) {
        Set<String> used = new HashSet<>();
        Consumer<Schema> follow = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(REF) && used.add(ref.substring(REF.length()))) {
                    walk(schemas.get(ref.substring(REF.length())), seen(), this);
                }
            }
        };
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Optional.ofNullable(op.getParameters()).orElse(List.of())
                    .forEach(p -> walk(p.getSchema(), seen(), follow));
            Optional.ofNullable(op.getRequestBody()).map(body -> body.getContent())
                    .ifPresent(content -> walk(content, schema -> walk(schema, seen(), follow)));
            op.getResponses().getAPIResponses().values().forEach(response -> walk(response.getContent(),
                    schema -> walk(schema, seen(), follow)));
        }));
        return used;
    }

    /** A set of schemas by identity: the generator's schemas need not compare by value. */
    private static Set<Schema> seen() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static void walk(Content content, Consumer<Schema> visit) {
        Optional.ofNullable(content).map(Content::getMediaTypes).orElse(Map.of()).values().stream()
                .map(MediaType::getSchema).filter(schema -> schema != null).forEach(visit);
    }

    /** Visits the schema and every schema inside it (properties, items, compositions), each once. */
    private static void walk(Schema schema, Set<Schema> seen, Consumer<Schema> visit) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visit.accept(schema);
        Optional.ofNullable(schema.getProperties()).orElse(Map.of()).values().forEach(s -> walk(s, seen, visit));
        walk(schema.getItems(), seen, visit);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            Optional.ofNullable(group).orElse(List.of()).forEach(s -> walk(s, seen, visit));
        }
    }
}
