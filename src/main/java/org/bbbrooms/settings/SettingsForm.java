package org.bbbrooms.settings;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.PlatformRole;

/**
 * The Extra page's editable values as its inputs bind them ({@code #{extraBacking.form.serverUrl}}): filled from the
 * effective settings, and read back as the {@link PlatformSettings} to save. The secret is not here: it is typed
 * apart and never rendered back. Plain values, so that tests fill it as a browser would.
 * <p>Use: {@code SettingsForm form = SettingsForm.of(settings.current()); form.setServerUrl(url);
 * changes.save(form.wanted(saved), typedSecret, admin);}
 */
public class SettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private boolean loadBalancer;

    /** The form as the page first shows it: the effective values. */
    public static SettingsForm of(PlatformSettings s) {
        SettingsForm form = new SettingsForm();
        form.conferencesEnabled = s.conferencesEnabled();
        form.serverUrl = s.serverUrl();
        form.algorithm = s.algorithm();
        form.platformRoom = s.platformRoom();
        form.platformRoomRoles = s.platformRoomRoles().stream().sorted().toArray(PlatformRole[]::new);
        form.personalRooms = s.personalRooms();
        form.groupRooms = s.groupRooms();
        form.maxParticipants = s.maxParticipants();
        form.durationMinutes = s.durationMinutes();
        form.recordByDefault = s.recordByDefault();
        form.studentsStartGroupRooms = s.studentsStartGroupRooms();
        form.clientInterface = s.clientInterface();
        form.openInNewTab = s.openInNewTab();
        form.deleteRecordingsWithCourse = s.deleteRecordingsWithCourse();
        form.guestAccess = s.guestAccess();
        form.loadBalancer = s.loadBalancer();
        return form;
    }

    /**
     * The settings this form asks for: the URL stripped, an empty number as 0, no client interface as the saved one;
     * whether a secret is set and the detected version stay the saved ones.
     */
    public PlatformSettings wanted(PlatformSettings saved) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        if (platformRoomRoles != null) {
            roles.addAll(List.of(platformRoomRoles));
        }
        return new PlatformSettings(conferencesEnabled, serverUrl == null ? "" : serverUrl.strip(), saved.secretSet(),
                algorithm, platformRoom, roles, personalRooms, groupRooms, count(maxParticipants),
                count(durationMinutes), recordByDefault, studentsStartGroupRooms,
                clientInterface == null ? saved.clientInterface() : clientInterface, openInNewTab,
                deleteRecordingsWithCourse, guestAccess, loadBalancer, saved.detectedVersion());
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
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

    public boolean isLoadBalancer() {
        return loadBalancer;
    }

    public void setLoadBalancer(boolean loadBalancer) {
        this.loadBalancer = loadBalancer;
    }
}
