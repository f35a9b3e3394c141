package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;

/** A queued block read back from the store, with its position in the mailbox's queue. */
record StoredBlock(long seq, BlockId blockId, byte[] data) {}
