package app.pli.core.db;

import java.util.Objects;

/**
 * One numbered change to a module's tables.
 *
 * <p>Invariants: {@code version} is at least 1, and a module's migrations are numbered
 * 1, 2, 3 ... without gaps (checked when a {@link Database} opens). Once released, a
 * migration is never edited; a later change is a new migration with the next number.
 *
 * @param version the schema version this migration brings the module to
 * @param description a short single-line summary, shown when the migration fails
 * @param step the SQL to run
 */
public record Migration(int version, String description, MigrationStep step) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be at least 1, got " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
        if (description.isBlank() || description.contains("\n") || description.contains("\r")) {
            throw new IllegalArgumentException("migration description must be one non-blank line");
        }
    }
}
