package app.pli.transport.lan.discovery;

/**
 * The names, labels and bounds of LAN discovery, version 1.
 *
 * <p>A record is {@value #SERVICE_TYPE}; its instance name and host name come from
 * {@link LanNames}; its TXT record holds the single entry {@code v=1}.
 */
public interface LanConstants {
    /** The mDNS service type every Pli node registers. */
    String SERVICE_TYPE = "_pli._tcp.local.";

    /** The TXT key that carries the discovery protocol version. */
    String TXT_VERSION_KEY = "v";

    /** The only version this code announces and accepts. */
    String PROTOCOL_VERSION = "1";

    /** HMAC message label of the instance name: {@code HMAC(key, label || u64 hour)}. */
    String LABEL_INSTANCE_NAME = "pli/v1/lan/name";

    /** HMAC message label of the host name, so host and instance names are unrelated strings. */
    String LABEL_HOST_NAME = "pli/v1/lan/host";

    /** Bytes of the HMAC kept for a name: 80 bits, which base32 spells in exactly 16 characters. */
    int NAME_BYTES = 10;

    /** Characters of an instance name (lowercase base32, {@code [a-z2-7]}). */
    int NAME_CHARS = 16;

    /** First character of a host name, so that it never starts with a digit. */
    String HOST_PREFIX = "p";

    /** Domain every host name ends with. */
    String HOST_DOMAIN = ".local.";

    /** Longest instance name discovery looks at; DNS caps a label at 63 bytes. */
    int MAX_INSTANCE_NAME_CHARS = 63;

    /** Hours either side of the current one whose names are accepted (clock skew, rotation). */
    int HOUR_TOLERANCE = 1;

    /** Seconds in a naming period. */
    long SECONDS_PER_HOUR = 3600;

    /** Default period of the check that rotates names and re-reads the watched peers. */
    long DEFAULT_CHECK_PERIOD_SECONDS = 60;

    /**
     * Default count of unknown names one JmDNS instance may see before discovery replaces it,
     * which drops the records JmDNS caches for them.
     */
    int DEFAULT_MAX_STRANGER_NAMES = 1024;

    /**
     * Seconds between two browses of the service type by one discovery (at most; the check
     * period rounds it up). A browse asks for the type only, never for a name, which would
     * tell every listener whom this node looks for.
     */
    long REBROWSE_PERIOD_SECONDS = 60;

    /** How long discovery waits for a recognized record's missing TXT data. */
    long TXT_WAIT_MILLIS = 500;

    /** Seconds before discovery asks again for the TXT data of the same recognized name. */
    long TXT_RETRY_SECONDS = 30;
}
