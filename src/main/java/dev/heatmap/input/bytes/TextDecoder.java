package dev.heatmap.input.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into characters by one rule for every text format (text, CSV, JSON): UTF-8 unless a
 * byte-order mark says UTF-16 (FE FF or FF FE); a UTF-8 BOM is dropped; a byte sequence that is not
 * valid in the encoding becomes U+FFFD (the replacement character) and reading goes on, so a value
 * holding it simply fails to parse as a timestamp and is skipped and counted.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** The encoding a byte-order mark at the start of {@code head} names, and the mark's length. */
  public record Bom(Charset charset, int length) {}

  public static Bom bom(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return new Bom(StandardCharsets.UTF_8, 0);
  }

  /** Whether {@code head} starts with a UTF-16 byte-order mark (so NUL bytes are expected). */
  public static boolean isUtf16(byte[] head, int length) {
    return bom(head, length).charset() != StandardCharsets.UTF_8;
  }

  /**
   * Reads the byte-order mark at the start of {@code in} (which must support mark/reset), consuming
   * it, and returns it: the byte paths read UTF-8 from there and leave UTF-16 to {@link #reader}.
   */
  static Bom skipBom(InputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(3);
    in.reset();
    Bom bom = bom(head, head.length);
    in.skipNBytes(bom.length());
    return bom;
  }

  /** Whether the bytes after this mark are UTF-8, which the byte paths read themselves. */
  public static boolean isUtf8(Bom bom) {
    return bom.charset() == StandardCharsets.UTF_8;
  }

  /** A reader over {@code in}, which must support mark/reset; the byte-order mark is consumed. */
  public static Reader reader(InputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(3);
    in.reset();
    Bom bom = bom(head, head.length);
    in.skipNBytes(bom.length());
    return new InputStreamReader(in, decoder(bom.charset()));
  }

  /** The text of {@code bytes[0, length)} by the same rule. */
  public static String decode(byte[] bytes, int length) {
    Bom bom = bom(bytes, length);
    return new String(bytes, bom.length(), length - bom.length(), bom.charset());
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
