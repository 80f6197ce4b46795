package org.bbbrooms.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.GroupView;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.web.Ids;

/** Backs group.xhtml?id=...: a course group's page, for its members and the course's teachers. */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAccess access;

    @Inject
    ActiveUser activeUser;

    private String id;
    private GroupView view;

    public void load() {
        view = access.openGroup(activeUser.actor(), Ids.parse(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GroupView getView() {
        return view;
    }
}
