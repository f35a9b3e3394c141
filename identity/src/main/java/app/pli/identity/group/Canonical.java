package app.pli.identity.group;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the chain every member converges on from the versions it holds: from the version
 * it joined from, at each step the version that follows validly with the smallest hash
 * (unsigned lexicographic). Versions whose parent is not on the chain wait (they may fit
 * once the ones before them arrive); a change that lost to a concurrent one stays off it.
 */
final class Canonical {
    private Canonical() {}

    /** The head of the chain that starts at the version whose hash is {@code checkpoint}. */
    static GroupVersion head(List<GroupVersion> versions, byte[] checkpoint) throws GroupException {
        GroupVersion current = versions.stream().filter(v -> Arrays.equals(v.hash(), checkpoint)).findFirst()
                .orElseThrow(() -> new GroupException("a group's first version is missing"));
        while (true) {
            GroupVersion next = null;
            for (GroupVersion candidate : versions) {
                if (candidate.number() != current.number() + 1 || !follows(candidate, current)) {
                    continue;
                }
                if (next == null || Arrays.compareUnsigned(candidate.hash(), next.hash()) < 0) {
                    next = candidate;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private static boolean follows(GroupVersion candidate, GroupVersion parent) {
        try {
            candidate.checkFollows(parent);
            return true;
        } catch (GroupException e) {
            return false; // not a valid successor of this parent: it stays off the chain
        }
    }
}
