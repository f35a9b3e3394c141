package app.pli.identity;

import app.pli.core.db.SchemaOwner;
import app.pli.identity.group.Groups;
import app.pli.identity.intro.Introductions;
import app.pli.identity.offer.Offers;
import java.util.ArrayList;
import java.util.List;

/** Every table the identity module owns, in the order they migrate: profile, contact, introduction, offer, group. */
public final class IdentitySchema {
    private IdentitySchema() {}

    /** The schema owners of the identity module. */
    public static List<SchemaOwner> owners() {
        List<SchemaOwner> owners = new ArrayList<>(Introductions.schemaOwners());
        owners.addAll(Offers.schemaOwners());
        owners.addAll(Groups.schemaOwners());
        return List.copyOf(owners);
    }
}
