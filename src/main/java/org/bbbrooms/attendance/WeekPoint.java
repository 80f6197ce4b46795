package org.bbbrooms.attendance;

import java.time.LocalDate;

/** One week of the chart: its Monday, the meetings started in it, and how many participants they had in all. */
public record WeekPoint(LocalDate week, long meetings, long participants) {
}
