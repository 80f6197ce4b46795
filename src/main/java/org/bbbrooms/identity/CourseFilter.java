package org.bbbrooms.identity;

/** The admins' filter over courses: free text over code and title, and active or not ({@code null} means any). */
public record CourseFilter(String text, Boolean active) {
}
