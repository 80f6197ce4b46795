package org.bbbrooms.settings.options.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.settings.options.Decision;
import org.bbbrooms.settings.options.MeetingOptions;
import org.bbbrooms.settings.options.OptionState;
import org.bbbrooms.settings.options.OptionType;
import org.bbbrooms.settings.options.Source;

/**
 * One meeting option on a form: what the page shows (label and help come from its key, the effective value and
 * where it comes from, why it is disabled) and what the user edits, in the control its type needs (a checkbox, a
 * number, a list, checkboxes, a text area). On the course and room pages {@code own} says whether this level sets
 * its own value or follows the level above.
 * <p>Use: {@code OptionRow.of(state, state.decision().courseMay(), state.source() == Source.COURSE)}.
 */
public class OptionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final OptionType type;
    private final List<String> choices;
    private final String since;
    private final String defaultValue;
    private final boolean supported;
    private final boolean mayChange;
    private final boolean onExtra;
    private final Source source;
    private final String effective;
    private Decision decision;
    private boolean own;
    private String text;
    private boolean flag;
    private List<String> picks;

    private OptionRow(OptionState state, boolean mayChange, boolean own) {
        this.key = state.key();
        this.type = state.option().type();
        this.choices = state.option().choices();
        this.since = state.option().since();
        this.defaultValue = state.option().defaultValue();
        this.supported = state.supported();
        this.mayChange = mayChange;
        this.onExtra = MeetingOptions.ON_EXTRA.contains(key);
        this.source = state.source();
        this.effective = state.value();
        this.decision = state.decision();
        this.own = own;
        this.text = state.value();
        this.flag = Boolean.parseBoolean(state.value());
        this.picks = new ArrayList<>(state.value().isEmpty() ? List.of() : Arrays.asList(state.value().split(",")));
    }

    /** @param mayChange whether this page may change the option's value */
    public static OptionRow of(OptionState state, boolean mayChange, boolean own) {
        return new OptionRow(state, mayChange, own);
    }

    /** The value as typed, in the text form the service checks. */
    public String typed() {
        return switch (type) {
            case BOOLEAN -> String.valueOf(flag);
            case CHOICES -> String.join(",", picks);
            default -> text == null ? "" : text;
        };
    }

    /** What the admin's page saves: the typed value, or empty when it is BBB's default (so none is stored). */
    public Optional<String> platformValue() {
        return onExtra || typed().equals(defaultValue) ? Optional.empty() : Optional.of(typed());
    }

    /** This level's own value, or empty to follow the level above. */
    public Optional<String> ownValue() {
        return own ? Optional.of(typed()) : Optional.empty();
    }

    /** What a course or room page saves: each editable row's own value, or empty to follow the level above. */
    public static Map<String, Optional<String>> ownValues(List<OptionRow> rows) {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        rows.stream().filter(OptionRow::isEditable).forEach(row -> values.put(row.key, row.ownValue()));
        return values;
    }

    /** Whether the controls are enabled: the page may change it and the server knows it. */
    public boolean isEditable() {
        return mayChange && supported;
    }

    public String getKey() {
        return key;
    }

    public String getType() {
        return type.name();
    }

    public List<String> getChoices() {
        return choices;
    }

    public String getSince() {
        return since;
    }

    public boolean isSupported() {
        return supported;
    }

    public boolean isOnExtra() {
        return onExtra;
    }

    public String getSource() {
        return source.name();
    }

    /** The effective value as shown: a yes/no, a choice's or choices' keys, a number or text. */
    public String getEffective() {
        return effective;
    }

    public List<String> getEffectivePicks() {
        return effective.isEmpty() ? List.of() : List.of(effective.split(","));
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public boolean isOwn() {
        return own;
    }

    public void setOwn(boolean own) {
        this.own = own;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }

    public List<String> getPicks() {
        return picks;
    }

    public void setPicks(List<String> picks) {
        this.picks = picks == null ? new ArrayList<>() : new ArrayList<>(picks);
    }
}
