package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.CourseView;
import org.bbbrooms.identity.security.ActiveUser;

/** Backs course.xhtml?code=...: the course page, once the service has checked that the user may see it. */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAccess access;

    @Inject
    ActiveUser activeUser;

    private String code;
    /** Read again when the view moves to another cluster node: it holds Optionals, which do not serialize. */
    private transient CourseView view;

    public void load() {
        view = access.openCourse(activeUser.actor(), code == null ? "" : code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseView getView() {
        if (view == null) {
            load();
        }
        return view;
    }
}
