package org.painwise.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-Proto} header we believe: {@code
 * painwise.trustedProxies} (or {@code PAINWISE_TRUSTED_PROXIES}), a comma-separated list of IP
 * addresses, for example {@code 127.0.0.1,::1}. None by default: a request counts as HTTPS only
 * when it reached the server over TLS. Anyone can send the header, so it only counts when the
 * connection comes straight from one of these addresses.
 */
public final class TrustedProxies {

  /** An IPv4 or IPv6 literal: parsed without a DNS look-up. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final Set<InetAddress> addresses;

  TrustedProxies(String list) {
    this.addresses =
        Arrays.stream(list.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(TrustedProxies::literal)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** From the system property or environment variable; none when unset. */
  public static TrustedProxies configured() {
    return new TrustedProxies(Settings.read("painwise.trustedProxies").orElse(""));
  }

  /** Whether a request from this peer that says {@code X-Forwarded-Proto: https} was HTTPS. */
  public boolean forwardedHttps(InetAddress peer, String forwardedProto) {
    return peer != null && "https".equalsIgnoreCase(first(forwardedProto)) && trusts(peer);
  }

  boolean trusts(InetAddress peer) {
    return addresses.contains(peer);
  }

  /** The first value of a header that a chain of proxies may have appended to. */
  private static String first(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    return (comma < 0 ? header : header.substring(0, comma)).trim();
  }

  private static InetAddress literal(String address) {
    if (!IP_LITERAL.matcher(address).matches()) {
      throw new IllegalArgumentException(
          "painwise.trustedProxies takes IP addresses, not host names: " + address);
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "painwise.trustedProxies: not an IP address: " + address, e);
    }
  }
}
