package org.bbbrooms.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.CourseView;
import org.bbbrooms.identity.security.ActiveUser;

/** Backs courses.xhtml: the courses of the signed-in user. */
@Named
@RequestScoped
public class MyCoursesBacking {

    @Inject
    CourseAccess access;

    @Inject
    ActiveUser activeUser;

    private List<CourseView> courses;

    @PostConstruct
    void init() {
        courses = access.myCourses(activeUser.actor());
    }

    public List<CourseView> getCourses() {
        return courses;
    }
}
