package org.bbbrooms.identity.csv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.persistence.BaseEntity;

/**
 * One CSV import, kept in the database from the upload on, so that any node shows its progress and none keeps it
 * in memory. It is persisted once, holding the file; every later change is a conditional update of
 * {@link ImportJobStore}, which only the node that runs it can make while the job is still running.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends BaseEntity {

    /** The value of {@code active} while queued or running; its unique index lets one import run at a time. */
    static final short ACTIVE = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "active")
    private Short active;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content")
    private String content;

    @Column(name = "started_by_id", nullable = false, updatable = false)
    private long startedById;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "checked_rows", nullable = false)
    private int checkedRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    protected ImportJob() {
    }

    ImportJob(ImportKind kind, String fileName, String content, Actor admin, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.status = ImportStatus.QUEUED;
        this.active = ACTIVE;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.content = Objects.requireNonNull(content);
        this.startedById = admin.userId();
        this.startedBy = admin.username();
        this.createdAt = now;
        this.heartbeatAt = now;
    }

    ImportKind kind() {
        return kind;
    }

    String content() {
        return content;
    }

    long startedById() {
        return startedById;
    }

    String startedBy() {
        return startedBy;
    }

    /** Sets what reading the file found: its rows, and the problems of the rows that could not be read. */
    void read(int rows, int problems) {
        totalRows = rows;
        errorCount = problems;
    }
}
