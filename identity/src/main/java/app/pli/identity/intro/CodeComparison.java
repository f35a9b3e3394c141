package app.pli.identity.intro;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.IntroductionRecord.Check;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The COMPARE_CODE step: the user typed the code the other person shows. A match verifies
 * the contact; a mismatch leaves it unverified; mismatch number
 * {@value IntroductionConstants#MAX_MISMATCHES} aborts the introduction and removes the
 * contact (its keys can no longer be trusted, and a fresh invitation is the way forward).
 */
final class CodeComparison {
    private final ContactStore contacts;
    private final IntroductionStore store;
    private final IntroductionOutbox outbox;

    CodeComparison(ContactStore contacts, IntroductionStore store, IntroductionOutbox outbox) {
        this.contacts = contacts;
        this.store = store;
        this.outbox = outbox;
    }

    /** Compares {@code typedCode} (already checked to be four digits) in constant time. */
    VerifyResult compare(Connection c, String contactName, String typedCode) throws SQLException, PliException {
        Contact contact = contacts.findByName(c, contactName)
                .orElseThrow(() -> new ContactNotFoundException("no contact has that name"));
        StoredIntroduction row = store.findByContact(c, contact.id())
                .orElseThrow(() -> new IntroductionNotFoundException("that contact has no code to compare"));
        IntroductionRecord record = row.record();
        IntroductionStep.COMPARE_CODE.require(record.role(), record.state());
        Check check = record.check();
        if (ConstantTime.equals(typedCode.getBytes(StandardCharsets.US_ASCII),
                check.expectedCode().getBytes(StandardCharsets.US_ASCII))) {
            store.update(c, row.with(row.contactId(), record.compared(IntroductionState.VERIFIED, check)));
            contacts.update(c, contact.withState(TrustState.VERIFIED));
            return new VerifyResult.Verified();
        }
        int mismatches = check.mismatches() + 1;
        if (mismatches < IntroductionConstants.MAX_MISMATCHES) {
            Check counted = new Check(check.messageHash(), check.expectedCode(), mismatches);
            store.update(c, row.with(row.contactId(), record.compared(IntroductionState.UNVERIFIED, counted)));
            contacts.update(c, contact.withState(TrustState.UNVERIFIED));
            return new VerifyResult.Mismatch(IntroductionConstants.MAX_MISMATCHES - mismatches);
        }
        // Detach the row before deleting the contact, or the cascade would delete the
        // ABORTED record that makes a late message for this introduction fail clearly.
        store.update(c, row.with(null, record.ended(IntroductionState.ABORTED)));
        store.clearOutcome(c, row.id());
        outbox.deleteFor(c, row.id());
        contacts.delete(c, contact.id());
        return new VerifyResult.Aborted();
    }
}
