package app.pli.core.db;

import java.util.List;

/** A schema owner assembled by a test from a module name and a list of migrations. */
record TestOwner(String module, List<Migration> migrations) implements SchemaOwner {
    TestOwner {
        migrations = List.copyOf(migrations);
    }
}
