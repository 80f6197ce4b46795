package org.bbbrooms.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Root of every entity: a table-generated id (portable to H2, PostgreSQL and MariaDB, unlike IDENTITY)
 * and an optimistic-lock version, so that two admins editing the same row cannot silently overwrite each other.
 * <p>Use: {@code @Entity public class Course extends BaseEntity { ... }}; the {@code id_gen} table comes from Flyway.
 */
@MappedSuperclass
public abstract class BaseEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @TableGenerator(name = "ids", table = "id_gen", pkColumnName = "gen_name", valueColumnName = "gen_value",
            pkColumnValue = "ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other != null && getClass() == other.getClass() && id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
