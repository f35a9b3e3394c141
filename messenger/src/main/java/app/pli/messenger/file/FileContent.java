package app.pli.messenger.file;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.Sha256;
import app.pli.messenger.envelope.FileRef;
import java.io.IOException;
import java.io.OutputStream;

/** A file's plaintext, read back from its sealed local blocks and checked against its hash. */
final class FileContent {
    private FileContent() {}

    /**
     * Opens every data block of the file in order, writes the plaintext to {@code out}, and
     * says whether it is exactly the file the reference describes (each block's length and
     * the whole file's SHA-256).
     *
     * @throws AuthenticationException if a block does not open at its place
     */
    static boolean copy(FileRef ref, LocalBlocks blocks, FileBlockCipher cipher, OutputStream out)
            throws IOException, AuthenticationException {
        Sha256.Incremental hash = Sha256.incremental();
        int dataBlocks = FileLayout.dataBlocks(ref.size());
        for (int index = 0; index < dataBlocks; index++) {
            byte[] data = cipher.open(index, blocks.read(index));
            if (data.length != FileLayout.chunkLength(ref.size(), index)) {
                return false;
            }
            hash.update(data, 0, data.length);
            out.write(data);
        }
        return ConstantTime.equals(hash.digest(), ref.sha256());
    }
}
