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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.web.Texts;
import org.bbbrooms.settings.ClientInterface;
import org.bbbrooms.settings.ConnectionCheck;
import org.bbbrooms.settings.ConnectionReport;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SettingsService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * Backs admin/extra.xhtml: every platform setting, where its value comes from, the connection test, and saving.
 * The shared secret is write-only: a newly typed one is held here until saved and never rendered back. Saving a
 * URL, secret or algorithm that fails the connection test waits for an explicit "Save anyway".
 */
@Named
@ViewScoped
public class ExtraBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsService settings;

    @Inject
    ConnectionCheck check;

    @Inject
    ActiveUser activeUser;

    private PlatformSettings saved;
    private boolean conferencesEnabled;
    private String serverUrl;
    private ChecksumAlgorithm algorithm;
    private boolean platformRoom;
    private PlatformRole[] platformRoomRoles;
    private boolean personalRooms;
    private boolean groupRooms;
    private Integer maxParticipants;
    private Integer durationMinutes;
    private boolean recordByDefault;
    private boolean studentsStartGroupRooms;
    private ClientInterface clientInterface;
    private boolean openInNewTab;
    private boolean deleteRecordingsWithCourse;
    private boolean guestAccess;
    /** A newly typed secret, kept on the server until saved; never serialised, never rendered. */
    private transient String typedSecret;
    private ConnectionReport report;
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
        conferencesEnabled = saved.conferencesEnabled();
        serverUrl = saved.serverUrl();
        algorithm = saved.algorithm();
        platformRoom = saved.platformRoom();
        platformRoomRoles = saved.platformRoomRoles().stream().sorted().toArray(PlatformRole[]::new);
        personalRooms = saved.personalRooms();
        groupRooms = saved.groupRooms();
        maxParticipants = saved.maxParticipants();
        durationMinutes = saved.durationMinutes();
        recordByDefault = saved.recordByDefault();
        studentsStartGroupRooms = saved.studentsStartGroupRooms();
        clientInterface = saved.clientInterface();
        openInNewTab = saved.openInNewTab();
        deleteRecordingsWithCourse = saved.deleteRecordingsWithCourse();
        guestAccess = saved.guestAccess();
        typedSecret = null;
        awaitingConfirmation = null;
    }

    /** Tests the URL, secret and algorithm in the form; nothing is saved. */
    public void test() {
        report = check.run(serverUrl, Optional.ofNullable(typedSecret), algorithm);
        saved = settings.current();
    }

    /** Saves, unless the connection changed and fails its test: then asks for confirmation first. */
    public void save() {
        PlatformSettings wanted = form();
        if (connectionChanged(wanted)) {
            report = check.run(serverUrl, Optional.ofNullable(typedSecret), algorithm);
            saved = settings.current();
            if (!report.ok()) {
                awaitingConfirmation = new Pending(wanted, Optional.ofNullable(typedSecret));
                return;
            }
        }
        store(wanted);
    }

    /** The explicit "Save anyway" after a failed test; re-checks when the form changed since. */
    public void saveAnyway() {
        PlatformSettings wanted = form();
        if (!new Pending(wanted, Optional.ofNullable(typedSecret)).equals(awaitingConfirmation)) {
            save();
            return;
        }
        store(wanted);
    }

    public void cancelSave() {
        awaitingConfirmation = null;
    }

    private void store(PlatformSettings wanted) {
        settings.save(wanted, Optional.ofNullable(typedSecret), activeUser.actor());
        load();
        Messages.addGlobalInfo("extra.saved");
        PrimeFaces.current().ajax().update("extra:secret", "sandbox-banner-area");
    }

    private boolean connectionChanged(PlatformSettings wanted) {
        return !wanted.serverUrl().isBlank() && (typedSecret != null || wanted.algorithm() != saved.algorithm()
                || !SettingsService.serverUrl(wanted.serverUrl()).equals(saved.serverUrl()));
    }

    private PlatformSettings form() {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        if (platformRoomRoles != null) {
            roles.addAll(List.of(platformRoomRoles));
        }
        return new PlatformSettings(conferencesEnabled, serverUrl == null ? "" : serverUrl.strip(), saved.secretSet(),
                algorithm, platformRoom, roles, personalRooms, groupRooms, count(maxParticipants), count(durationMinutes), recordByDefault,
                studentsStartGroupRooms, clientInterface == null ? saved.clientInterface() : clientInterface,
                openInNewTab, deleteRecordingsWithCourse, guestAccess, saved.detectedVersion());
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
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
        return saved.secretSet() ? "set" : "unset";
    }

    public boolean isFlashAvailable() {
        return saved.flashAvailable();
    }

    public String getDetectedVersion() {
        return saved.detectedVersion().orElse("");
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
        return Texts.format(Faces.getLocale(), report.messageKey(), detail, algorithm.name());
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

    public boolean isConferencesEnabled() {
        return conferencesEnabled;
    }

    public void setConferencesEnabled(boolean conferencesEnabled) {
        this.conferencesEnabled = conferencesEnabled;
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public ChecksumAlgorithm getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(ChecksumAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public boolean isPlatformRoom() {
        return platformRoom;
    }

    public void setPlatformRoom(boolean platformRoom) {
        this.platformRoom = platformRoom;
    }

    public PlatformRole[] getPlatformRoomRoles() {
        return platformRoomRoles;
    }

    public void setPlatformRoomRoles(PlatformRole[] platformRoomRoles) {
        this.platformRoomRoles = platformRoomRoles;
    }

    public boolean isPersonalRooms() {
        return personalRooms;
    }

    public void setPersonalRooms(boolean personalRooms) {
        this.personalRooms = personalRooms;
    }

    public boolean isGroupRooms() {
        return groupRooms;
    }

    public void setGroupRooms(boolean groupRooms) {
        this.groupRooms = groupRooms;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public boolean isRecordByDefault() {
        return recordByDefault;
    }

    public void setRecordByDefault(boolean recordByDefault) {
        this.recordByDefault = recordByDefault;
    }

    public boolean isStudentsStartGroupRooms() {
        return studentsStartGroupRooms;
    }

    public void setStudentsStartGroupRooms(boolean studentsStartGroupRooms) {
        this.studentsStartGroupRooms = studentsStartGroupRooms;
    }

    public ClientInterface getClientInterface() {
        return clientInterface;
    }

    public void setClientInterface(ClientInterface clientInterface) {
        this.clientInterface = clientInterface;
    }

    public boolean isOpenInNewTab() {
        return openInNewTab;
    }

    public void setOpenInNewTab(boolean openInNewTab) {
        this.openInNewTab = openInNewTab;
    }

    public boolean isDeleteRecordingsWithCourse() {
        return deleteRecordingsWithCourse;
    }

    public void setDeleteRecordingsWithCourse(boolean deleteRecordingsWithCourse) {
        this.deleteRecordingsWithCourse = deleteRecordingsWithCourse;
    }

    public boolean isGuestAccess() {
        return guestAccess;
    }

    public void setGuestAccess(boolean guestAccess) {
        this.guestAccess = guestAccess;
    }
}
