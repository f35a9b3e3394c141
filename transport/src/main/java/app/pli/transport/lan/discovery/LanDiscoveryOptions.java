package app.pli.transport.lan.discovery;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of {@link LanDiscovery}.
 *
 * @param checkPeriod how often discovery reads the clock and the watched peers (names
 *     rotate within one period of the hour changing); positive
 * @param maxStrangerNames how many unknown instance names one JmDNS instance may report
 *     before it is replaced, which bounds what JmDNS caches for strangers; positive
 */
public record LanDiscoveryOptions(Duration checkPeriod, int maxStrangerNames) {
    public LanDiscoveryOptions {
        Objects.requireNonNull(checkPeriod, "checkPeriod");
        if (checkPeriod.isNegative() || checkPeriod.isZero()) {
            throw new IllegalArgumentException("checkPeriod must be positive: " + checkPeriod);
        }
        if (maxStrangerNames <= 0) {
            throw new IllegalArgumentException("maxStrangerNames must be positive: " + maxStrangerNames);
        }
    }

    /** A check every minute and {@value LanConstants#DEFAULT_MAX_STRANGER_NAMES} unknown names. */
    public static LanDiscoveryOptions defaults() {
        return new LanDiscoveryOptions(Duration.ofSeconds(LanConstants.DEFAULT_CHECK_PERIOD_SECONDS),
                LanConstants.DEFAULT_MAX_STRANGER_NAMES);
    }
}
