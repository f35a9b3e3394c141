package app.pli.messenger.group;

import app.pli.core.error.PliException;
import app.pli.identity.group.GroupChange;
import app.pli.identity.group.GroupChanges;
import app.pli.identity.group.GroupMember;
import app.pli.identity.group.GroupVersionCodec;
import app.pli.messenger.conversation.GroupFanOut;
import app.pli.messenger.envelope.GroupStatePayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Puts each change this profile makes to a group on its way, in the transaction that makes
 * it: the new version to every member of the version before and after it (a removed member
 * learns it), and the pairs the change's new members must meet, for {@link GroupSync} to
 * introduce.
 */
final class GroupChangeQueue implements GroupChanges {
    private final Supplier<GroupFanOut> fanOut;
    private final PendingIntroductions introductions;

    /** {@code fanOut} is asked for at the first change (the conversations are wired after the groups). */
    GroupChangeQueue(Supplier<GroupFanOut> fanOut, PendingIntroductions introductions) {
        this.fanOut = Objects.requireNonNull(fanOut, "fanOut");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
    }

    @Override
    public void made(Connection c, GroupChange change) throws SQLException, PliException {
        long groupRow = change.group().rowId();
        fanOut.get().queue(c, groupRow, new GroupStatePayload(GroupVersionCodec.encode(change.version())),
                change.recipients());
        for (List<GroupMember> pair : change.introductions()) {
            introductions.add(c, groupRow, pair.get(0).keys().signing().bytes(), pair.get(1).keys().signing().bytes());
        }
    }
}
