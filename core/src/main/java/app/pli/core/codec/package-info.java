/**
 * The safe codec: the only package in Pli that touches Kryo, which on its own can be made
 * to exhaust memory by a five-byte input (a forged length prefix). Everything here exists
 * so that any input yields a value or a {@link app.pli.core.codec.DecodeException}, never
 * an {@code OutOfMemoryError}, a hang or a stack overflow.
 *
 * <p>Use: build one {@link app.pli.core.codec.SafeCodec} per protocol, registering its
 * message records under explicit ids (100 to 16383) with a frame limit and a depth limit;
 * give {@code decode} only bytes that Noise or an AEAD has already authenticated.
 *
 * <p>Wire format (all varints are unsigned LEB128, as Kryo writes them; fixed-width
 * numbers are little-endian):
 * <pre>
 * frame      = varint(type id) record                  ; nothing may follow
 * record     = component*                              ; declaration order, no names or tags
 * int, long  = zig-zag varint
 * short/char = 2 bytes;  byte = 1 byte;  boolean = 1 byte, 0 or 1
 * float      = 4 bytes;  double = 8 bytes              ; IEEE 754 bits
 * reference  = 0x00 (null) | 0x01 value                ; boxed, String, byte[], enum, List, record
 * String     = varint(n) n bytes of strict UTF-8
 * byte[]     = varint(n) n bytes
 * enum       = varint(ordinal)
 * List       = varint(count) reference*                ; every element takes at least 1 byte
 * record     = (nested) component*                     ; its type is fixed by the schema
 * </pre>
 *
 * <p>Evolution: the format carries no field tags, so changing a record's components
 * changes its format; register the changed record under a new id. Enum constants may be
 * appended but not reordered. Decoding is not canonical (an over-long varint still
 * decodes), so never compare or hash frames to identify a message; encode is
 * deterministic.
 */
package app.pli.core.codec;
