package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.identity.GroupService;
import org.bbbrooms.identity.User;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.platform.web.Ids;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs admin/course.xhtml: creates a course (no id) or edits one ({@code ?id=}) with its enrollments and groups.
 * Every change goes through the services, which re-check the admin role.
 */
@Named
@ViewScoped
public class AdminCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    GroupService groups;

    @Inject
    UserService users;

    private String id;
    private Course course;
    private List<Enrollment> enrollmentList = List.of();
    private List<CourseGroup> groupList = List.of();
    private String enrollUsername;
    private CourseRole enrollRole = CourseRole.STUDENT;
    @NotBlank(message = "{group.name.required}")
    @Size(max = 100, message = "{group.name.size}")
    private String newGroupName;
    private final Map<Long, String> memberInputs = new HashMap<>();

    public void load() {
        course = id == null
                ? new Course("", "")
                : courses.find(Ids.parse(id)).filter(c -> !c.isDeleted())
                        .orElseThrow(() -> new NotFoundException("course.notFound.admin"));
        refresh();
    }

    public void save() {
        boolean created = course.isNew();
        course = created ? courses.create(course) : courses.update(course);
        Messages.addFlashGlobalInfo("common.saved");
        if (created) {
            Faces.redirect("admin/course.xhtml?id=%s", course.getId().toString());
        } else {
            refresh();
        }
    }

    public void enroll() {
        Enrollment enrollment = enrollments.enroll(course.getId(), enrollUsername, enrollRole);
        Messages.addGlobalInfo("admin.course.enrolled", enrollment.getUser().getDisplayName());
        enrollUsername = null;
        refresh();
    }

    public void toggleEnrollment(Enrollment enrollment) {
        enrollments.setActive(enrollment.getId(), !enrollment.isActive());
        refresh();
    }

    public void changeRole(Enrollment enrollment) {
        enrollments.changeRole(enrollment.getId(), enrollment.getRole());
        refresh();
    }

    public void createGroup() {
        groups.create(course.getId(), newGroupName);
        newGroupName = null;
        refresh();
    }

    public void renameGroup(CourseGroup group) {
        groups.rename(group.getId(), group.getName());
        refresh();
    }

    public void toggleGroup(CourseGroup group) {
        groups.setActive(group.getId(), !group.isActive());
        refresh();
    }

    public void addMember(CourseGroup group) {
        groups.addMember(group.getId(), memberInputs.get(group.getId()));
        memberInputs.remove(group.getId());
        refresh();
    }

    public void removeMember(CourseGroup group, User member) {
        groups.removeMember(group.getId(), member.getId());
        refresh();
    }

    public List<String> suggestUsers(String text) {
        return users.suggest(text, 10).stream().map(User::getUsername).toList();
    }

    private void refresh() {
        if (!course.isNew()) {
            enrollmentList = enrollments.ofCourse(course.getId());
            groupList = groups.ofCourse(course.getId(), false);
        }
    }

    public CourseRole[] getCourseRoles() {
        return CourseRole.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Course getCourse() {
        return course;
    }

    /** The course's Scalelite server tag as typed, empty for none. */
    public String getServerTag() {
        return course.getServerTag().orElse("");
    }

    public void setServerTag(String serverTag) {
        course.setServerTag(serverTag);
    }

    public List<Enrollment> getEnrollments() {
        return enrollmentList;
    }

    public List<CourseGroup> getGroups() {
        return groupList;
    }

    public String getEnrollUsername() {
        return enrollUsername;
    }

    public void setEnrollUsername(String enrollUsername) {
        this.enrollUsername = enrollUsername;
    }

    public CourseRole getEnrollRole() {
        return enrollRole;
    }

    public void setEnrollRole(CourseRole enrollRole) {
        this.enrollRole = enrollRole;
    }

    public String getNewGroupName() {
        return newGroupName;
    }

    public void setNewGroupName(String newGroupName) {
        this.newGroupName = newGroupName;
    }

    public Map<Long, String> getMemberInputs() {
        return memberInputs;
    }
}
