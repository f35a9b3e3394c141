package app.pli.identity.intro;

/**
 * One row of the introduction table: its random id, the contact it created or completes
 * (null while the inviter waits for M1, and after an abort or expiry), its record, and why
 * it failed (null unless FAILED).
 */
record StoredIntroduction(long id, Long contactId, IntroductionRecord record, IntroductionFailure failure) {
    StoredIntroduction with(Long newContactId, IntroductionRecord newRecord) {
        return new StoredIntroduction(id, newContactId, newRecord, failure);
    }
}
