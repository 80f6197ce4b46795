package org.bbbrooms.identity;

/** A course group as one user sees it: whether they belong to it, and whether they manage its course. */
public record GroupView(CourseGroup group, boolean member, boolean managesCourse) implements java.io.Serializable {
}
