package dev.heatmap.input.bytes;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@link LineReader}'s maximum line length, judged on UTF-8 bytes: a line is too long when it has
 * more than the maximum characters, not counting the CR of a CRLF. Characters are counted by
 * decoding only when the byte count alone cannot tell (UTF-8 takes one to three bytes per UTF-16
 * character, invalid bytes one each).
 */
final class LineLimit {
  private final int max;
  private CharsetDecoder decoder;
  private char[] scratch;

  LineLimit(int max) {
    this.max = max;
  }

  int max() {
    return max;
  }

  /**
   * The most bytes a line (with its CR and LF) that is not too long can take, capped for arrays.
   */
  int maxBytes() {
    return (int) Math.min(3L * max + 8, Integer.MAX_VALUE - 64);
  }

  /** Whether the line {@code b[from, end)}, its CR and LF already dropped, is too long. */
  boolean exceeds(byte[] b, int from, int end) {
    int n = end - from;
    if (n <= max) {
      return false;
    }
    if (n > 3L * max + 3) {
      return true;
    }
    if (decoder == null) {
      decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    if (scratch == null || scratch.length < n) {
      scratch = new char[n];
    }
    return Utf8Text.decode(decoder, b, from, end, scratch) > max;
  }

  /**
   * Whether a line that has not ended yet, {@code b[from, to)} so far, is already too long: when it
   * is ASCII, every byte is a character and at most the last is a CR to drop.
   */
  boolean exceedsSoFar(byte[] b, int from, int to) {
    if ((long) to - from - 1 <= max) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return (to - from) / 3 - 1 > max;
      }
    }
    return true;
  }
}
