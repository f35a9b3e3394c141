package app.pli.identity.group;

/**
 * Where this profile stands in a group, persisted (by ordinal inside sealed records:
 * constants may be appended, never reordered).
 *
 * <pre>
 * INVITED  -- accept --> MEMBER
 * INVITED  -- decline --> LEFT (a version removing this member is sent)
 * MEMBER   -- leave --> LEFT (likewise)
 * INVITED, MEMBER -- a version without this member becomes the head --> REMOVED
 * </pre>
 */
public enum GroupStatus {
    /** A contact added this profile; it has not accepted yet. */
    INVITED("invited"),
    /** It takes part: sends and receives. */
    MEMBER("member"),
    /** It left (or declined); nothing is sent or shown any more. Final. */
    LEFT("left"),
    /** An admin removed it. Final. */
    REMOVED("removed");

    private final String externalName;

    GroupStatus(String externalName) {
        this.externalName = externalName;
    }

    /** {@code invited}, {@code member}, {@code left} or {@code removed}. */
    public String externalName() {
        return externalName;
    }
}
