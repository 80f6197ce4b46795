package org.bbbrooms.settings.options.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.settings.options.Decision;
import org.bbbrooms.settings.options.MeetingOptionsService;
import org.bbbrooms.settings.options.MeetingOptionsService.PlatformChoice;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Messages;

/**
 * Backs admin/meeting-options.xhtml: for every meeting option, the platform's value and who decides it (hidden, the
 * platform, each course, each room). The service refuses non-admins.
 */
@Named
@ViewScoped
public class MeetingOptionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingOptionsService options;

    @Inject
    SettingsService settings;

    @Inject
    ActiveUser activeUser;

    private List<OptionRow> rows;

    public void load() {
        rows = options.platform(activeUser.actor()).stream().map(s -> OptionRow.of(s, true, true)).toList();
    }

    public void save() {
        Map<String, PlatformChoice> choices = new LinkedHashMap<>();
        rows.forEach(row -> choices.put(row.getKey(), new PlatformChoice(row.getDecision(), row.platformValue())));
        options.savePlatform(activeUser.actor(), choices);
        load();
        Messages.addGlobalInfo("common.saved");
    }

    public List<OptionRow> getRows() {
        return rows;
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    /** The version the last connection test found, for the "needs BBB x.y" notices; empty when unknown. */
    public String getServerVersion() {
        return settings.current().detectedVersion().orElse("");
    }
}
