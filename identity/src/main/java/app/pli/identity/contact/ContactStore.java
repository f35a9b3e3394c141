package app.pli.identity.contact;

import app.pli.core.db.Database;
import app.pli.core.db.RandomRowIds;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contacts of this profile, stored sealed in the {@link ContactSchema} table.
 *
 * <p>Names are unique (case-sensitive); since they are sealed, a lookup by name opens every
 * row and compares. Methods that take a {@link Connection} run inside a caller's
 * transaction (the introduction changes a contact together with its own state); the others
 * run their own transaction on the {@link Database}. Thread-safe.
 */
public final class ContactStore {
    private static final String SELECT = "SELECT id, " + ContactRows.COLUMNS + " FROM contact";

    private final Database database;
    private final ContactRows rows;

    public ContactStore(Database database, ColumnCipher cipher) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = new ContactRows(Objects.requireNonNull(cipher, "cipher"));
    }

    /** Every contact, ordered by name. */
    public List<Contact> list() throws PliException {
        return database.read(this::list);
    }

    /** The contact named exactly {@code name}, if any. */
    public Optional<Contact> find(String name) throws PliException {
        return database.read(c -> findByName(c, name));
    }

    /** The contact named exactly {@code name}. */
    public Contact get(String name) throws PliException {
        return find(name).orElseThrow(ContactStore::notFound);
    }

    /**
     * Renames a contact; renaming to its own name changes nothing.
     *
     * @throws ContactNotFoundException if no contact is named {@code oldName}
     * @throws ContactNameTakenException if another contact is named {@code newName}
     * @throws InvalidNameException if {@code newName} is not a valid contact name
     */
    public Contact rename(String oldName, String newName) throws PliException {
        ContactNames.requireValid(newName);
        return database.write(c -> {
            Contact contact = findByName(c, oldName).orElseThrow(ContactStore::notFound);
            Contact renamed = contact.withName(newName);
            update(c, renamed);
            return renamed;
        });
    }

    /**
     * Removes a contact, and with it (through the schema's cascades) anything another
     * module keeps about it, such as an unfinished introduction.
     *
     * @throws ContactNotFoundException if no contact is named {@code name}
     */
    public void remove(String name) throws PliException {
        database.write(c -> delete(c, findByName(c, name).orElseThrow(ContactStore::notFound).id()));
    }

    /** Every contact, ordered by name, read on {@code c}. */
    public List<Contact> list(Connection c) throws SQLException, PliException {
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(SELECT); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                contacts.add(rows.read(result));
            }
        }
        contacts.sort((a, b) -> a.name().compareTo(b.name()));
        return contacts;
    }

    /** The contact named exactly {@code name}, read on {@code c}. */
    public Optional<Contact> findByName(Connection c, String name) throws SQLException, PliException {
        Objects.requireNonNull(name, "name");
        return list(c).stream().filter(contact -> contact.name().equals(name)).findFirst();
    }

    /** The contact with row id {@code id}, read on {@code c}. */
    public Optional<Contact> find(Connection c, long id) throws SQLException, PliException {
        try (PreparedStatement statement = c.prepareStatement(SELECT + " WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(rows.read(result)) : Optional.empty();
            }
        }
    }

    /**
     * Adds a contact under a fresh random id, in the caller's transaction.
     *
     * @throws ContactNameTakenException if another contact already has {@code name}
     * @throws InvalidNameException if {@code name} is not a valid contact name
     */
    public Contact insert(Connection c, String name, TrustState state, IdentityPublicKeys keys, Route route,
            String code) throws SQLException, PliException {
        return insert(c, name, state, keys, route, code, null);
    }

    /**
     * As {@link #insert(Connection, String, TrustState, IdentityPublicKeys, Route, String)},
     * for a contact introduced by the contact {@code introducedBy} (null for none).
     */
    public Contact insert(Connection c, String name, TrustState state, IdentityPublicKeys keys, Route route,
            String code, Long introducedBy) throws SQLException, PliException {
        ContactNames.requireValid(name);
        requireNameFree(c, name, 0);
        Contact contact = new Contact(RandomRowIds.next(), name, state, keys, route, code, introducedBy);
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT INTO contact (id, " + ContactRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, contact.id());
            rows.bind(statement, 2, contact);
            statement.executeUpdate();
        }
        return contact;
    }

    /**
     * Stores every field of {@code contact} over its row, in the caller's transaction.
     *
     * @throws ContactNotFoundException if no contact has its id
     * @throws ContactNameTakenException if another contact has its name
     */
    public void update(Connection c, Contact contact) throws SQLException, PliException {
        ContactNames.requireValid(contact.name());
        requireNameFree(c, contact.name(), contact.id());
        try (PreparedStatement statement = c.prepareStatement("UPDATE contact SET name = ?, state = ?,"
                + " public_keys = ?, route = ?, code = ?, introduced_by = ? WHERE id = ?")) {
            rows.bind(statement, 1, contact);
            statement.setLong(7, contact.id());
            if (statement.executeUpdate() != 1) {
                throw new ContactNotFoundException("the contact no longer exists");
            }
        }
    }

    /** Deletes the contact with id {@code id}; whether there was one. */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * {@code base}, or {@code base} with the first free suffix " (2)", " (3)", ...; the
     * contact with id {@code exceptId} (0 for none) does not count as holding a name.
     */
    public String freeName(Connection c, String base, long exceptId) throws SQLException, PliException {
        ContactNames.requireValid(base);
        return ContactNames.firstFree(base, list(c).stream().filter(contact -> contact.id() != exceptId)
                .map(Contact::name).collect(Collectors.toSet()));
    }

    private void requireNameFree(Connection c, String name, long exceptId) throws SQLException, PliException {
        for (Contact other : list(c)) {
            if (other.id() != exceptId && other.name().equals(name)) {
                throw new ContactNameTakenException("another contact already has that name");
            }
        }
    }

    private static ContactNotFoundException notFound() {
        return new ContactNotFoundException("no contact has that name");
    }

}
