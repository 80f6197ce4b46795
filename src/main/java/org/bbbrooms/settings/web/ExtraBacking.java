package org.bbbrooms.settings.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.conference.ConnectionReport;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.settings.ClientInterface;
import org.bbbrooms.settings.ConnectionTest;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SettingsChanges;
import org.bbbrooms.settings.SettingsForm;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs admin/extra.xhtml: every platform setting ({@link SettingsForm}), where its value comes from, the connection
 * test, and saving ({@link SettingsChanges}: a connection that fails its test waits for an explicit "Save anyway").
 * The shared secret is write-only: a newly typed one is held here until saved and never rendered back.
 */
@Named
@ViewScoped
public class ExtraBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsService settings;

    @Inject
    SettingsChanges changes;

    @Inject
    ConnectionTest check;

    @Inject
    ActiveUser activeUser;

    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient PlatformSettings saved;
    private SettingsForm form;
    /** A newly typed secret, kept on the server until saved; never serialised, never rendered. */
    private transient String typedSecret;
    /** The last check's outcome, shown once: a view that moves to another node forgets it (it holds Optionals). */
    private transient ConnectionReport report;
    /** What failed its test and waits for "Save anyway"; transient as it may hold the typed secret. */
    private transient Pending awaitingConfirmation;

    private record Pending(PlatformSettings form, Optional<String> secret) {
        @Override
        public String toString() {
            return "Pending[" + form + (secret.isPresent() ? ", new secret" : "") + "]";
        }
    }

    @PostConstruct
    public void load() {
        saved = settings.current();
        form = SettingsForm.of(saved);
        typedSecret = null;
        awaitingConfirmation = null;
    }

    /** Tests the URL, secret and algorithm in the form; nothing is saved. */
    public void test() {
        report = check.run(form.getServerUrl(), Optional.ofNullable(typedSecret), form.getAlgorithm());
        saved = settings.current();
    }

    /** Saves, unless the connection changed and fails its test: then asks for confirmation first. */
    public void save() {
        PlatformSettings wanted = form.wanted(savedSettings());
        SettingsChanges.Attempt attempt = changes.save(wanted, Optional.ofNullable(typedSecret), activeUser.actor());
        attempt.report().ifPresent(r -> report = r);
        if (attempt.saved()) {
            saved();
        } else {
            saved = settings.current();
            awaitingConfirmation = new Pending(wanted, Optional.ofNullable(typedSecret));
        }
    }

    /** The explicit "Save anyway" after a failed test; re-checks when the form changed since. */
    public void saveAnyway() {
        PlatformSettings wanted = form.wanted(savedSettings());
        if (!new Pending(wanted, Optional.ofNullable(typedSecret)).equals(awaitingConfirmation)) {
            save();
            return;
        }
        changes.saveAnyway(wanted, Optional.ofNullable(typedSecret), activeUser.actor());
        saved();
    }

    public void cancelSave() {
        awaitingConfirmation = null;
    }

    private void saved() {
        load();
        Messages.addGlobalInfo("extra.saved");
        PrimeFaces.current().ajax().update("extra:secret", "sandbox-banner-area");
    }

    /** The form's values, which the page's inputs bind: {@code #{extraBacking.form.serverUrl}}. */
    public SettingsForm getForm() {
        return form;
    }

    /** Faces validator of the URL field: {@link org.bbbrooms.bbb.BbbServerUrl}'s own explanation. */
    public void validateUrl(FacesContext context, UIComponent component, Object value) {
        invalidUnless(() -> SettingsService.serverUrl((String) value));
    }

    /** Faces validator of the secret field: empty keeps the current one, white space alone is refused. */
    public void validateSecret(FacesContext context, UIComponent component, Object value) {
        if (value != null) {
            invalidUnless(() -> SettingsService.secret((String) value));
        }
    }

    private static void invalidUnless(Runnable check) {
        try {
            check.run();
        } catch (BusinessException e) {
            String text = Texts.format(Faces.getLocale(), e.key(), e.args());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** "saved", "environment" or "default", to key the hint of where a value comes from. */
    public String source(String setting) {
        return settings.source(Setting.valueOf(setting)).name();
    }

    /** The environment variable that presets a setting, e.g. {@code BBB_SERVER_URL}. */
    public String environmentKey(String setting) {
        return Setting.valueOf(setting).key();
    }

    public String getSecretState() {
        if (typedSecret != null) {
            return "typed";
        }
        return savedSettings().secretSet() ? "set" : "unset";
    }

    public boolean isFlashAvailable() {
        return savedSettings().flashAvailable();
    }

    public String getDetectedVersion() {
        return savedSettings().detectedVersion().orElse("");
    }

    public boolean isAwaitingConfirmation() {
        return awaitingConfirmation != null;
    }

    public ConnectionReport getReport() {
        return report;
    }

    /** The test's outcome in the admin's language, with its version or accepted algorithms. */
    public String getReportText() {
        if (report == null) {
            return "";
        }
        Object detail = report.accepted().isEmpty() ? report.version().orElse("")
                : String.join(", ", report.accepted().stream().map(Enum::name).toList());
        return Texts.format(Faces.getLocale(), report.messageKey(), detail, form.getAlgorithm().name());
    }

    public ChecksumAlgorithm[] getAlgorithms() {
        return ChecksumAlgorithm.values();
    }

    public PlatformRole[] getRoles() {
        return PlatformRole.values();
    }

    public ClientInterface[] getClientInterfaces() {
        return ClientInterface.values();
    }

    /** Write-only: the field always renders empty. */
    public String getSecret() {
        return null;
    }

    /** What the field holds: it is re-rendered (empty) only after a save, so the browser's field is the truth. */
    public void setSecret(String secret) {
        typedSecret = secret == null || secret.isEmpty() ? null : SettingsService.secret(secret);
    }

    private PlatformSettings savedSettings() {
        if (saved == null) {
            saved = settings.current();
        }
        return saved;
    }
}
