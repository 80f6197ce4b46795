package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseFilter;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.platform.web.PagedDataModel;
import org.omnifaces.util.Messages;

/** Backs admin/courses.xhtml: the paged, filterable list of courses, and deactivating or reactivating one. */
@Named
@ViewScoped
public class AdminCoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    private String text;
    private Boolean active;
    private final PagedDataModel<Course> model =
            new PagedDataModel<>(request -> courses.search(new CourseFilter(text, active), request));

    public void toggleActive(Course course) {
        Course changed = courses.setActive(course.getId(), !course.isActive());
        Messages.addGlobalInfo(changed.isActive() ? "admin.courses.activated" : "admin.courses.deactivated",
                changed.getCode());
    }

    public PagedDataModel<Course> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
