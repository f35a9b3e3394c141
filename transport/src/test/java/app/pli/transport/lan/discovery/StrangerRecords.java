package app.pli.transport.lan.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/** Records a stranger on the LAN may publish: look-alike, junk and oversized names, junk TXT data. */
final class StrangerRecords {
    static final int FLOOD_SIZE = 500;
    private static final String JUNK_CHARS = "abcdefghijklmnopqrstuvwxyz234567ABCXYZ019 -_()!é€名";

    private StrangerRecords() {}

    /** A JmDNS instance on loopback for the stranger. */
    static JmDNS open() throws IOException {
        return MdnsInstances.open(LoopbackMulticast.LOOPBACK, LanNames.randomHostName());
    }

    /** Registers {@code name} with {@code port} and raw TXT data {@code text}. */
    static void register(JmDNS dns, String name, int port, byte[] text) throws IOException {
        dns.registerService(ServiceInfo.create(LanConstants.SERVICE_TYPE, name, port, 0, 0, text));
    }

    /** Registers {@value #FLOOD_SIZE} records with random names, ports and TXT data. */
    static void flood(JmDNS dns, Random random) throws IOException {
        for (int i = 0; i < FLOOD_SIZE; i++) {
            register(dns, randomName(random, i), 1 + random.nextInt(65_535), randomText(random));
        }
    }

    /** TXT data holding {@code entries}, each length-prefixed. */
    static byte[] txt(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String entry : entries) {
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            out.write(bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static String randomName(Random random, int index) {
        // Half look like Pli names (16 base32 characters), the rest are junk up to 60 characters.
        boolean lookAlike = index % 2 == 0;
        int length = lookAlike ? LanConstants.NAME_CHARS : 1 + random.nextInt(60);
        String alphabet = lookAlike ? JUNK_CHARS.substring(0, 32) : JUNK_CHARS;
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }

    private static byte[] randomText(Random random) {
        if (random.nextInt(4) == 0) {
            return txt("v=1");
        }
        byte[] junk = new byte[random.nextInt(120)];
        random.nextBytes(junk);
        return junk;
    }
}
