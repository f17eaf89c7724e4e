package org.painwise.account.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.painwise.account.TwoStepService;

/** The set-up page's QR code: an SVG that a scanner reads back as the otpauth:// link. */
class QrCodeTest {

  private static final int PIXELS_PER_MODULE = 4;

  @Test
  void theSvgReadsBackAsTheLink() throws Exception {
    String link = TwoStepService.otpauthUri("dana+clinic@example.org", new byte[20]);
    String svg = QrCode.svg(link);
    assertFalse(svg.contains("style"), "no style attribute (CSP)");
    assertEquals(link, decode(svg));
  }

  @Test
  void theImageAddressIsAnSvgDataUri() {
    String uri = QrCode.dataUri("otpauth://totp/x?secret=AAAA");
    assertTrue(uri.startsWith("data:image/svg+xml;base64,"), uri);
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
  }

  /** Draws the SVG's unit squares into a grey-scale bitmap and lets ZXing's reader scan it. */
  private static String decode(String svg) throws Exception {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertTrue(box.find(), svg);
    int width = Integer.parseInt(box.group(1));
    int height = Integer.parseInt(box.group(2));
    byte[] pixels = new byte[width * height * PIXELS_PER_MODULE * PIXELS_PER_MODULE];
    java.util.Arrays.fill(pixels, (byte) 255);
    Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
    int w = width * PIXELS_PER_MODULE;
    while (square.find()) {
      int x = Integer.parseInt(square.group(1));
      int y = Integer.parseInt(square.group(2));
      for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
        for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
          pixels[(y * PIXELS_PER_MODULE + dy) * w + x * PIXELS_PER_MODULE + dx] = 0;
        }
      }
    }
    LuminanceSource source =
        new LuminanceSource(w, height * PIXELS_PER_MODULE) {
          @Override
          public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
          }

          @Override
          public byte[] getMatrix() {
            return pixels;
          }
        };
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }
}
