/**
 * Fixed-size blocks: everything that crosses a relay or LAN link is cut into blocks of
 * exactly {@link app.pli.core.block.BlockConstants#BLOCK_SIZE} bytes, so an observer learns
 * a message's size only as a block count.
 *
 * <ul>
 *   <li>{@link app.pli.core.block.BlockPadding} pads a payload with ISO/IEC 7816-4 padding
 *       (0x80 then zeros) to the smallest length that, plus the bytes a later AEAD adds,
 *       fills whole blocks; it removes and checks that padding on the way back.</li>
 *   <li>{@link app.pli.core.block.BlockSplitter} cuts a whole number of blocks into
 *       {@link app.pli.core.block.Block} values and joins them again.</li>
 * </ul>
 *
 * <p>Errors: bytes that may come from a peer (a block list, padded plaintext) throw the
 * checked {@link app.pli.core.block.BlockFormatException}; arguments fixed by code (a
 * negative reserve, a payload over the block cap) throw {@link java.lang.IllegalArgumentException}.
 * Padding is checked only after decryption: the AEAD authenticates first, so a padding
 * error cannot serve as an oracle.
 */
package app.pli.core.block;
