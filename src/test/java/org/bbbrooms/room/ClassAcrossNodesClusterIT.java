package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.testing.PayaraMicro;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.cluster.FacesVisitor;
import org.bbbrooms.testing.cluster.FacesVisitor.Page;
import org.bbbrooms.testing.cluster.PortalCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole class on two nodes behind a load balancer without sticky sessions, every request on the other node than
 * the one before: sign-in, the course page, the teacher's Start, ten students' Joins, End and the report. It holds
 * only if sessions and views travel through the data grid and everything else lives in the shared database.
 * Run by {@code mvn -Pcluster-test verify} (README, "Running a cluster"), not by the default build.
 */
class ClassAcrossNodesClusterIT {

    private static final int STUDENTS = 10;
    /** Longer than the status cache's period (BBB_STATUS_CACHE_SECONDS, 5): every node reads BBB afresh. */
    private static final Duration CACHE_PERIOD = Duration.ofSeconds(6);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PortalCluster cluster;
    private static PayaraMicro a;
    private static PayaraMicro b;

    @BeforeAll
    static void boot() {
        cluster = PortalCluster.start();
        a = cluster.node(0);
        b = cluster.node(1);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aClassWhoseEveryRequestReachesTheOtherNode() throws Exception {
        Server support = Server.at(a.base().toURL());
        TestCourse course = support.course("Cluster class");
        List<String[]> students = enrollStudents(support, course);

        FacesVisitor teacher = FacesVisitor.signIn(b, a, course.teacher().username(), course.teacher().password());
        Page coursePage = teacher.open(b, course.page());
        assertTrue(coursePage.shows(course.title()), "node B shows the course to the teacher signed in on A");
        teacher.press(a, coursePage, course.title(), "start");
        cluster.advance(CACHE_PERIOD);

        for (int i = 0; i < STUDENTS; i++) {
            PayaraMicro first = i % 2 == 0 ? a : b;
            PayaraMicro second = first == a ? b : a;
            FacesVisitor student = FacesVisitor.signIn(second, first, students.get(i)[0], students.get(i)[2]);
            Page page = student.open(second, course.page());
            String joined = student.press(first, page, course.title(), "join");
            assertTrue(joined.contains("<redirect"), students.get(i)[0] + " was sent to BBB by " + first.name());
        }
        assertEquals(STUDENTS + 1, sandboxParticipants(), "the teacher and ten students are in the one meeting");

        cluster.advance(CACHE_PERIOD);
        Page running = teacher.open(a, course.page());
        teacher.press(b, running, course.title(), "end");
        assertEquals(0, sandboxParticipants(), "End on B ended the meeting that A started");

        Page reports = teacher.open(b, "reports.xhtml");
        Matcher meeting = Pattern.compile("report-meeting.xhtml\\?id=(\\d+)").matcher(reports.body());
        assertTrue(meeting.find(), "node B lists the meeting");
        Page report = teacher.open(a, "report-meeting.xhtml?id=" + meeting.group(1));
        assertTrue(report.shows(course.teacher().name()), "the report on A shows the teacher");
        for (String[] student : students) {
            assertTrue(report.shows(student[1]), "the report on A shows " + student[1]);
        }
        for (PayaraMicro node : cluster.nodes()) {
            assertFalse(node.logText().contains("NotSerializableException"), node.name() + " could serialize every session");
        }
    }

    /** Ten more students of the course, made through the host API (username, display name, password). */
    private static List<String[]> enrollStudents(Server support, TestCourse course) throws Exception {
        String courseId = "cluster-" + course.code();
        support.externalId(course, courseId);
        String token = support.apiToken("provision").token();
        List<String[]> students = new ArrayList<>();
        for (int i = 1; i <= STUDENTS; i++) {
            String username = course.code().toLowerCase() + "-s" + i;
            String name = "Student " + i + " of " + course.code();
            String password = username + "-password";
            api(token, "users/" + username, "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                    + "\",\"email\":\"" + username + "@example.org\",\"role\":\"student\",\"password\":\"" + password
                    + "\"}");
            api(token, "courses/" + courseId + "/enrollments/" + username, "{\"role\":\"student\"}");
            students.add(new String[] {username, name, password});
        }
        return students;
    }

    private static void api(String token, String path, String json) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(b.url("api/v1/" + path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, path + ": " + answer.body());
    }

    /** How many attendees the sandbox's meetings hold now, as BBB's getMeetings counts them. */
    private static int sandboxParticipants() {
        Matcher count = Pattern.compile("<participantCount>(\\d+)</participantCount>")
                .matcher(cluster.bbb("getMeetings", ""));
        int total = 0;
        while (count.find()) {
            total += Integer.parseInt(count.group(1));
        }
        return total;
    }
}
