package app.pli.core.db;

import java.util.List;

/**
 * A module that owns some tables of the shared database and the migrations that build them.
 *
 * <p>Invariants: {@link #module()} is a stable lower-case name ({@code [a-z][a-z0-9_]*}, at
 * most 32 characters) unique among the owners opened together; {@link #migrations()} lists
 * the module's migrations in order, numbered 1 to n. The module's stored version is the
 * number of the last migration applied.
 */
public interface SchemaOwner {
    /** The module's name as recorded in {@code schema_version}, for example "relay". */
    String module();

    /** Every migration of the module, oldest first, numbered 1 to n. */
    List<Migration> migrations();
}
