package org.painwise.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.painwise.account.ThrottleEntry.Kind;

/**
 * Slows down password guessing and sign-up enumeration, per account (the email, whether an account
 * has it or not) and per client address, with counts in the database so that every node sees them.
 * It never sleeps: a blocked attempt is refused at once, and a successful sign-in is never slowed.
 *
 * <p>Settings (system property, or the environment variable in capitals with {@code _}, e.g. {@code
 * PAINWISE_THROTTLE_LOGIN_ACCOUNT_FREE}); durations in ISO-8601 ({@code PT15M}) or seconds:
 *
 * <ul>
 *   <li>{@code painwise.throttle.<kind>.free|base|cap|window} for the kinds {@code login.account},
 *       {@code login.address}, {@code signup.account}, {@code signup.address}, {@code
 *       mail.account}, {@code mail.address}, {@code code.account} (wrong second-step codes) (see
 *       {@link ThrottlePolicy}; defaults in {@link #DEFAULTS});
 *   <li>{@code painwise.throttle.exempt}: client addresses with no per-address limit (comma
 *       separated; none by default; the test server lists loopback);
 *   <li>{@code painwise.throttle.trustedProxies}: addresses of reverse proxies whose {@code
 *       X-Forwarded-For} names the client (none by default: then the client is the peer address).
 * </ul>
 */
@ApplicationScoped
public class Throttle {

  private static final Logger LOG = Logger.getLogger(Throttle.class.getName());

  /** The production limits. */
  public static final Map<Kind, ThrottlePolicy> DEFAULTS =
      Collections.unmodifiableMap(
          new EnumMap<>(
              Map.of(
                  Kind.LOGIN_ACCOUNT,
                  new ThrottlePolicy(
                      5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24)),
                  Kind.LOGIN_ADDRESS,
                  new ThrottlePolicy(
                      20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)),
                  Kind.SIGNUP_ACCOUNT,
                  new ThrottlePolicy(
                      3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1)),
                  Kind.SIGNUP_ADDRESS,
                  new ThrottlePolicy(
                      20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)),
                  Kind.MAIL_ACCOUNT,
                  new ThrottlePolicy(
                      3, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1)),
                  Kind.MAIL_ADDRESS,
                  new ThrottlePolicy(
                      20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1)),
                  Kind.CODE_ACCOUNT,
                  new ThrottlePolicy(
                      5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)))));

  /** Stale rows are deleted at most this often, by each node. */
  private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

  /** Only the characters of an IPv4 or IPv6 literal: never a name that would be looked up. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject private ThrottleStore store;

  private final Map<Kind, ThrottlePolicy> policies;
  private final Set<String> exempt;
  private final Set<String> trustedProxies;
  private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

  public Throttle() {
    this(Throttle::setting);
  }

  /** Reads the settings through {@code settings} (a name such as {@code login.account.free}). */
  Throttle(Function<String, String> settings) {
    Map<Kind, ThrottlePolicy> read = new EnumMap<>(Kind.class);
    DEFAULTS.forEach((kind, defaults) -> read.put(kind, policy(settings, kind, defaults)));
    this.policies = Collections.unmodifiableMap(read);
    this.exempt = addresses(settings.apply("exempt"));
    this.trustedProxies = addresses(settings.apply("trustedProxies"));
  }

  /** The policy in force for {@code kind}. */
  public ThrottlePolicy policy(Kind kind) {
    return policies.get(kind);
  }

  /**
   * The keys of one attempt, what the database holds for them, and the wait if any of them is
   * blocked.
   */
  public static final class Attempt {
    private final Map<Kind, ThrottleEntry.Key> keys;
    private final Map<ThrottleEntry.Key, ThrottlePolicy.Count> counts;
    private final Optional<Duration> waitFor;

    private Attempt(
        Map<Kind, ThrottleEntry.Key> keys,
        Map<ThrottleEntry.Key, ThrottlePolicy.Count> counts,
        Optional<Duration> waitFor) {
      this.keys = keys;
      this.counts = counts;
      this.waitFor = waitFor;
    }

    /** How long the caller must wait before this attempt is allowed, if at all. */
    public Optional<Duration> waitFor() {
      return waitFor;
    }
  }

  /** Looks up a sign-in of {@code email} from {@code address} (null: not counted by address). */
  public Attempt signIn(String email, String address) {
    return attempt(Kind.LOGIN_ACCOUNT, email, Kind.LOGIN_ADDRESS, address);
  }

  /**
   * Looks up the second step of a sign-in of {@code email} from {@code address}: wrong codes count
   * per account, and as failed sign-ins of the address.
   */
  public Attempt secondStep(String email, String address) {
    return attempt(Kind.CODE_ACCOUNT, email, Kind.LOGIN_ADDRESS, address);
  }

  /** Looks up a sign-up of {@code email} from {@code address} (null: not counted by address). */
  public Attempt signUp(String email, String address) {
    return attempt(Kind.SIGNUP_ACCOUNT, email, Kind.SIGNUP_ADDRESS, address);
  }

  /**
   * Looks up a request that may email {@code email} (a password reset, a new confirmation link)
   * from {@code address} (null: not counted by address).
   */
  public Attempt mail(String email, String address) {
    return attempt(Kind.MAIL_ACCOUNT, email, Kind.MAIL_ADDRESS, address);
  }

  /**
   * Counts {@code attempt} against these kinds of its keys, each in its own transaction; the wait
   * that this count starts, if it starts one.
   */
  public Optional<Duration> count(Attempt attempt, Kind... kinds) {
    Map<ThrottleEntry.Key, ThrottlePolicy> counted = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      ThrottleEntry.Key key = attempt.keys.get(kind);
      if (key != null) {
        counted.put(key, policies.get(kind));
      }
    }
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    cleanUpNowAndThen();
    try {
      return store.fail(counted, Instant.now());
    } catch (PersistenceException e) {
      // Another node inserted one of these rows at the same moment: count again against it.
      LOG.fine(() -> "Throttle count retried: " + e);
      return store.fail(counted, Instant.now());
    }
  }

  /** Forgets the count of one kind of the attempt's keys (a success resets its account). */
  public void reset(Attempt attempt, Kind kind) {
    ThrottleEntry.Key key = attempt.keys.get(kind);
    // Only when a row exists: a normal sign-in writes nothing.
    if (key != null && attempt.counts.containsKey(key)) {
      store.reset(key);
    }
  }

  /**
   * The client address of a request, as the throttle counts it: the peer address, or the nearest
   * address in {@code X-Forwarded-For} that is not a trusted proxy when the peer is one, as an IP
   * literal in one spelling.
   */
  public String addressOf(HttpServletRequest request) {
    return clientAddress(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
  }

  String clientAddress(String peer, Enumeration<String> forwardedHeaders) {
    String client = canonical(peer).orElse(peer);
    if (trustedProxies.contains(client) && forwardedHeaders != null) {
      List<String> hops =
          Collections.list(forwardedHeaders).stream()
              .flatMap(h -> Arrays.stream(h.split(",")))
              .map(String::strip)
              .toList();
      // From the right: each trusted proxy names the one before it; stop at the first untrusted.
      for (int i = hops.size() - 1; i >= 0; i--) {
        Optional<String> hop = canonical(hops.get(i));
        if (hop.isEmpty()) {
          break;
        }
        client = hop.get();
        if (!trustedProxies.contains(client)) {
          break;
        }
      }
    }
    return client;
  }

  private Attempt attempt(Kind accountKind, String email, Kind addressKind, String address) {
    Map<Kind, ThrottleEntry.Key> keys = new EnumMap<>(Kind.class);
    if (email != null) {
      keys.put(accountKind, key(accountKind, Account.normaliseEmail(email)));
    }
    if (address != null && !exempt.contains(address)) {
      // IPv6 counts by its /64 network: one household or host usually has a whole one.
      keys.put(addressKind, key(addressKind, network(address)));
    }
    Map<ThrottleEntry.Key, ThrottlePolicy.Count> counts = store.find(keys.values());
    Instant now = Instant.now();
    Optional<Duration> waitFor =
        keys.entrySet().stream()
            .map(
                e ->
                    Optional.ofNullable(counts.get(e.getValue()))
                        .flatMap(c -> policies.get(e.getKey()).wait(c, now)))
            .flatMap(Optional::stream)
            .max(Duration::compareTo);
    return new Attempt(keys, counts, waitFor);
  }

  private void cleanUpNowAndThen() {
    Instant now = Instant.now();
    Instant last = lastCleanup.get();
    if (now.isBefore(last.plus(CLEANUP_EVERY)) || !lastCleanup.compareAndSet(last, now)) {
      return;
    }
    Duration longest =
        policies.values().stream()
            .map(ThrottlePolicy::window)
            .max(Duration::compareTo)
            .orElseThrow();
    store.deleteStale(now.minus(longest), now);
  }

  static ThrottleEntry.Key key(Kind kind, String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((kind.name() + '\n' + value).getBytes(StandardCharsets.UTF_8));
      return new ThrottleEntry.Key(kind, HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** An IP literal in one spelling ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are one address). */
  static Optional<String> canonical(String literal) {
    if (literal == null) {
      return Optional.empty();
    }
    String bare = literal.strip();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    if (!IP_LITERAL.matcher(bare).matches()) {
      return Optional.empty();
    }
    try {
      // A literal of these characters only, so no name is ever looked up.
      return Optional.of(InetAddress.getByName(bare).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** IPv4 as is; IPv6 cut to its /64 network. */
  static String network(String address) {
    if (!address.contains(":")) {
      return address;
    }
    String[] groups = address.split(":");
    return groups.length < 4 ? address : String.join(":", Arrays.copyOf(groups, 4)) + "::/64";
  }

  private static Set<String> addresses(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(a -> canonical(a).orElseThrow(() -> new IllegalArgumentException("not an IP: " + a)))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static ThrottlePolicy policy(
      Function<String, String> settings, Kind kind, ThrottlePolicy defaults) {
    String prefix = kind.name().toLowerCase(Locale.ROOT).replace('_', '.') + ".";
    String free = settings.apply(prefix + "free");
    return new ThrottlePolicy(
        free == null ? defaults.free() : Integer.parseInt(free.strip()),
        duration(settings.apply(prefix + "base"), defaults.base()),
        duration(settings.apply(prefix + "cap"), defaults.cap()),
        duration(settings.apply(prefix + "window"), defaults.window()));
  }

  private static Duration duration(String value, Duration otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    String v = value.strip();
    return v.toUpperCase(Locale.ROOT).startsWith("P")
        ? Duration.parse(v)
        : Duration.ofSeconds(Long.parseLong(v));
  }

  /** {@code painwise.throttle.NAME}, or the variable {@code PAINWISE_THROTTLE_NAME}. */
  private static String setting(String name) {
    String value = System.getProperty("painwise.throttle." + name);
    if (value != null) {
      return value;
    }
    return System.getenv("PAINWISE_THROTTLE_" + name.replace('.', '_').toUpperCase(Locale.ROOT));
  }
}
