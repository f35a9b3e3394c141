package app.pli.identity.group;

import app.pli.core.crypto.KdfLabel;

/** The fixed numbers and labels of groups, protocol v1. */
public final class GroupConstants {
    /** The length of a group id (random). */
    public static final int ID_BYTES = 16;
    /** The most members a group may have: its state travels in one envelope. */
    public static final int MAX_MEMBERS = 100;
    /** The longest group name, in characters. */
    public static final int MAX_NAME_CHARS = 64;

    /** Hashed with a version's fields to give the hash its successor names and its author signs. */
    static final KdfLabel STATE = KdfLabel.of("pli/v1/group/state");

    private GroupConstants() {}
}
