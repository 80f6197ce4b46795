package org.bbbrooms.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every yes/no attribute as a SMALLINT 1 or 0, on every database. EclipseLink 4 and H2 2 disagree about
 * BOOLEAN columns (a Boolean written into the SQL as 1, or bound against a SMALLINT, is refused at random), while
 * numbers compare the same way everywhere. Applies to all entities without annotation.
 */
@Converter(autoApply = true)
public class FlagConverter implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean flag) {
        return flag == null ? null : (flag ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Integer column) {
        return column == null ? null : column != 0;
    }
}
