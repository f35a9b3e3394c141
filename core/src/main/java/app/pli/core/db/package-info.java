/**
 * The SQLite helpers every module stands on: one {@link app.pli.core.db.Database} per file,
 * opened in WAL mode with foreign keys on, writes in {@code BEGIN IMMEDIATE} transactions,
 * and numbered schema migrations owned module by module.
 *
 * <p>Contract for callers:
 * <ul>
 *   <li>{@link app.pli.core.db.Database#write} runs a {@link app.pli.core.db.SqlWork} in one
 *       immediate transaction: it commits when the work returns and rolls back when it throws.
 *       Writers in this process are serialised by a lock; writers in other processes wait up
 *       to the busy timeout ({@link app.pli.core.db.DatabaseOptions}).</li>
 *   <li>{@link app.pli.core.db.Database#read} runs a work on a read-only connection inside a
 *       read transaction, so it sees one consistent snapshot and never waits for a writer.</li>
 *   <li>Each module implements {@link app.pli.core.db.SchemaOwner} for its own tables and
 *       only ever appends {@link app.pli.core.db.Migration}s. The table
 *       {@code schema_version(module, version)} records how far each module has come; every
 *       migration commits together with its version bump, so a crash resumes cleanly.</li>
 *   <li>Every failure is a {@link app.pli.core.db.DatabaseException} with a
 *       {@link app.pli.core.db.DatabaseException.Reason} and a one-line message naming the
 *       file. An open that fails (busy, not a database, newer schema) leaves the file's bytes
 *       as they were.</li>
 * </ul>
 */
package app.pli.core.db;
