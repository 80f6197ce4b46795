package org.bbbrooms.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditEntry;
import org.bbbrooms.audit.AuditFilter;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.LocaleBacking;
import org.bbbrooms.platform.web.PagedDataModel;

/**
 * Backs admin/audit.xhtml: the audit log newest first, one page at a time, filtered by days (in the portal's time
 * zone), actor, action, target and course, and the link to the CSV export of the same filter.
 * {@code ?action=SETTING_CHANGED} opens it filtered (the Extra page's history link). The service checks that the
 * user is an admin.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleBacking locale;

    private LocalDate from;
    private LocalDate until;
    private String actor;
    private AuditAction action;
    private String target;
    private String course;
    private AuditFilter filter = AuditFilter.ANY;
    private final PagedDataModel<AuditEntry> model =
            new PagedDataModel<>(request -> audit.search(activeUser.actor(), filter, request));

    /** Applies the filters to the table and the export link. */
    public void search() {
        filter = AuditFilter.ofDays(from, until, actor, action, target, course, audit.zone());
    }

    /** The CSV export of the applied filter, relative to the application. */
    public String getExportLink() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("until", until);
        query.put("actor", filter.actor());
        query.put("action", filter.action());
        query.put("target", filter.target());
        query.put("course", filter.course());
        query.put("lang", locale.getLanguage());
        return "/admin/audit/export?" + query.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public PagedDataModel<AuditEntry> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
