package org.bbbrooms.identity;

/** A user's role inside one course: teachers moderate its rooms, students attend them. */
public enum CourseRole {
    TEACHER, STUDENT
}
