package org.painwise.account;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Base32 of RFC 4648, section 6 (the alphabet {@code A–Z 2–7}), the text form of the secret that
 * authenticator apps take. Encoding pads with {@code =} as the RFC does; decoding takes upper or
 * lower case, ignores spaces, dashes and padding, and refuses any other character.
 */
public final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  /** The RFC 4648 Base32 text of {@code data}, padded with {@code =} to a multiple of 8. */
  public static String encode(byte[] data) {
    StringBuilder out = new StringBuilder((data.length + 4) / 5 * 8);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    while (out.length() % 8 != 0) {
      out.append('=');
    }
    return out.toString();
  }

  /** {@link #encode} without the padding, as {@code otpauth://} links carry the secret. */
  public static String encodeUnpadded(byte[] data) {
    String padded = encode(data);
    int end = padded.indexOf('=');
    return end < 0 ? padded : padded.substring(0, end);
  }

  /**
   * The bytes of a Base32 text. Case, spaces, dashes and trailing padding do not matter.
   *
   * @throws IllegalArgumentException on a character outside the alphabet, or a length that no whole
   *     number of bytes encodes to
   */
  public static byte[] decode(String text) {
    String clean = text.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    int end = clean.length();
    while (end > 0 && clean.charAt(end - 1) == '=') {
      end--;
    }
    int remainder = end % 8;
    if (remainder == 1 || remainder == 3 || remainder == 6) {
      throw new IllegalArgumentException("Not a Base32 length: " + end);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(end * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < end; i++) {
      int value = ALPHABET.indexOf(clean.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("Not a Base32 character at " + i);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
