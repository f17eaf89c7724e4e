package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base32 against the test vectors of RFC 4648, section 10. */
class Base32Test {

  @ParameterizedTest(name = "BASE32(\"{0}\") = \"{1}\"")
  @CsvSource(
      value = {
        "'', ''",
        "f, MY======",
        "fo, MZXQ====",
        "foo, MZXW6===",
        "foob, MZXW6YQ=",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======"
      })
  void encodesTheRfcVectors(String plain, String encoded) {
    assertEquals(encoded, Base32.encode(plain.getBytes(StandardCharsets.US_ASCII)));
  }

  @ParameterizedTest(name = "\"{1}\" decodes to \"{0}\"")
  @CsvSource(
      value = {
        "'', ''",
        "f, MY======",
        "fo, MZXQ====",
        "foo, MZXW6===",
        "foob, MZXW6YQ=",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI======",
        "foobar, MZXW6YTBOI",
        "foobar, mzxw 6ytb oi"
      })
  void decodesTheRfcVectorsWithOrWithoutPaddingCaseAndSpaces(String plain, String encoded) {
    assertArrayEquals(plain.getBytes(StandardCharsets.US_ASCII), Base32.decode(encoded));
  }

  @Test
  void unpaddedIsWhatOtpauthLinksCarry() {
    assertEquals("MZXW6YTBOI", Base32.encodeUnpadded("foobar".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("MZXW6YTB", Base32.encodeUnpadded("fooba".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void randomBytesSurviveTheRoundTrip() {
    SecureRandom random = new SecureRandom();
    for (int length = 0; length < 64; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      assertArrayEquals(data, Base32.decode(Base32.encode(data)), "length " + length);
      assertArrayEquals(data, Base32.decode(Base32.encodeUnpadded(data)), "length " + length);
    }
  }

  @Test
  void refusesCharactersOutsideTheAlphabetAndImpossibleLengths() {
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1YTB"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW0YTB"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("M"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZX"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW6Y"));
  }
}
