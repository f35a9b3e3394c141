package app.pli.cli.convert;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A listening address written {@code HOST:PORT} ({@code [::1]:7337} for IPv6); port 0
 * means "any free port".
 */
public record HostPort(String host, int port) {
    /** Converts {@code HOST:PORT} for picocli. */
    public static final class Converter implements ITypeConverter<HostPort> {
        @Override
        public HostPort convert(String value) {
            return parse(value);
        }
    }

    /** Parses {@code HOST:PORT}; a bad value is a usage error. */
    public static HostPort parse(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("'" + value + "' is not HOST:PORT");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new TypeConversionException("'" + value + "': write an IPv6 host in brackets, e.g. [::1]:7337");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' has no valid port");
        }
        if (host.isEmpty() || port < 0 || port > 65535) {
            throw new TypeConversionException("'" + value + "' needs a host and a port 0..65535");
        }
        return new HostPort(host, port);
    }
}
