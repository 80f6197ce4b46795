package org.bbbrooms.api.docs;

import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Puts right what Payara's generator writes of a schema of the OpenAPI document: the type from the format given in
 * {@code @Schema} (it types every instant as an object and every long as a number, whatever the annotation says),
 * and none of the annotation's default values ({@code maxProperties: 0} would say that an object has no property).
 * <p>Use: {@code SchemaTidy.tidy(schema)} on every schema, nested ones included ({@link ApiDocumentFilter}).
 */
final class SchemaTidy {

    private SchemaTidy() {
    }

    static void tidy(Schema schema) {
        String format = Optional.ofNullable(schema.getFormat()).orElse("");
        if (format.equals("date-time") || format.equals("uri") || format.equals("binary")) {
            schema.setType(Schema.SchemaType.STRING);
        } else if (format.equals("int64") || format.equals("int32")) {
            schema.setType(Schema.SchemaType.INTEGER);
        }
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        unset(schema.getMaxProperties(), 0, schema::setMaxProperties);
        unset(schema.getMinProperties(), 0, schema::setMinProperties);
        unset(schema.getMinLength(), 0, schema::setMinLength);
        unset(schema.getExclusiveMaximum(), false, schema::setExclusiveMaximum);
        unset(schema.getExclusiveMinimum(), false, schema::setExclusiveMinimum);
        unset(schema.getUniqueItems(), false, schema::setUniqueItems);
        unset(schema.getNullable(), false, schema::setNullable);
        unset(schema.getReadOnly(), false, schema::setReadOnly);
        unset(schema.getWriteOnly(), false, schema::setWriteOnly);
        unset(schema.getDeprecated(), false, schema::setDeprecated);
    }

    /** Removes a value that is only the annotation's default. */
    private static <T> void unset(T value, T annotationDefault, Consumer<T> setter) {
        if (annotationDefault.equals(value)) {
            setter.accept(null);
        }
    }
}
