package app.pli.cli.contacts;

import java.util.List;

/**
 * Renders contacts as an aligned text table, followed (with hints) by what to do for those
 * awaiting a code or failed; without hints an empty list renders as nothing.
 */
final class ContactTable {
    private static final String[] HEADER = {"NAME", "STATE", "CODE", "FINGERPRINT"};

    private ContactTable() {}

    static String render(List<ContactView> contacts) {
        return render(contacts, true);
    }

    static String render(List<ContactView> contacts, boolean hints) {
        if (contacts.isEmpty()) {
            return hints ? "no contacts yet; meet someone with: pli invite" : "";
        }
        int nameWidth = HEADER[0].length();
        int stateWidth = HEADER[1].length();
        for (ContactView c : contacts) {
            nameWidth = Math.max(nameWidth, c.name().length());
            stateWidth = Math.max(stateWidth, c.state().length());
        }
        String format = "%-" + nameWidth + "s  %-" + stateWidth + "s  %-4s  %s";
        StringBuilder text = new StringBuilder(String.format(format, (Object[]) HEADER).stripTrailing());
        for (ContactView c : contacts) {
            String fingerprint = c.fingerprint().isEmpty() ? "(not known yet)" : c.fingerprint();
            text.append(System.lineSeparator()).append(String.format(format, c.name(), c.state(),
                    c.code() != null ? c.code() : "", fingerprint).stripTrailing());
            if (c.introducedBy() != null) {
                text.append("  (introduced by ").append(c.introducedBy()).append(')');
            }
        }
        for (ContactView c : hints ? contacts : List.<ContactView>of()) {
            if (c.awaitsComparison()) {
                text.append(System.lineSeparator()).append(c.comparisonHint());
            } else if (c.failureHint() != null) {
                text.append(System.lineSeparator()).append(c.failureHint());
            }
        }
        return text.toString();
    }
}
