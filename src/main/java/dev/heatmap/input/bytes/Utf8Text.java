package dev.heatmap.input.bytes;

import dev.heatmap.core.ArrayText;
import dev.heatmap.core.RecordSink;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of UTF-8 bytes in a reused buffer, handed to a {@link RecordSink} as its value without
 * creating a String. ASCII bytes (the common case for timestamps) are widened as they are; others
 * are decoded by {@link TextDecoder}'s rule (an invalid sequence becomes U+FFFD), so a value reads
 * the same here as through the character path. Not thread-safe; a sink that keeps the value copies
 * it.
 */
public final class Utf8Text extends ArrayText {
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);

  /** Shows {@code b[from, to)}. */
  public Utf8Text set(byte[] b, int from, int to) {
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] c = chars;
    // Hot path: widen ASCII bytes into the reused buffer (a plain array for the parser's charAt);
    // decode only when a byte is not ASCII.
    for (int i = 0; i < n; i++) {
      byte x = b[from + i];
      if (x < 0) {
        offset = 0;
        length = decode(decoder, b, from, to, c);
        return this;
      }
      c[i] = (char) x;
    }
    offset = 0;
    length = n;
    return this;
  }

  /**
   * Decodes {@code b[from, to)} into {@code out} (which must hold {@code to - from} characters:
   * UTF-8 never gives more characters than bytes) and returns how many characters it wrote.
   */
  public static int decode(CharsetDecoder decoder, byte[] b, int from, int to, char[] out) {
    decoder.reset();
    CharBuffer cb = CharBuffer.wrap(out);
    ByteBuffer bb = ByteBuffer.wrap(b, from, to - from);
    CoderResult r = decoder.decode(bb, cb, true);
    if (!r.isUnderflow()) {
      throw new IllegalStateException("a decoded value outgrew its bytes: " + r);
    }
    decoder.flush(cb);
    return cb.position();
  }

  /** Whether the value holds nothing but the white space {@link String#isBlank} means. */
  public boolean isBlank() {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c > ' ' && c < 0x7f) {
        return false; // the common case, decided without a call
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
