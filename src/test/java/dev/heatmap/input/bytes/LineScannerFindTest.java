package dev.heatmap.input.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LineScanner#find} and the line-feed search it shares its word trick with give the first
 * position of the byte, exactly as a byte-by-byte loop does, at every alignment and with the bytes
 * around it (0x80 and up, the byte plus or minus one) that could fool the trick.
 */
class LineScannerFindTest {
  @Test
  void findGivesTheFirstPositionOfTheByteAsALoopDoes() {
    SplittableRandom r = new SplittableRandom(13);
    byte[] alphabet = {'[', 'Z', '\\', '\n', 0x0b, 0x09, (byte) 0x80, (byte) 0xdb, (byte) 0xff, 0};
    for (int round = 0; round < 20_000; round++) {
      byte[] b = new byte[r.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(3) == 0 ? alphabet[r.nextInt(alphabet.length)] : (byte) r.nextInt(256);
      }
      int from = b.length == 0 ? 0 : r.nextInt(b.length);
      int to = from + r.nextInt(b.length - from + 1);
      for (byte c : new byte[] {'[', '\n', (byte) 0xff, 0}) {
        int want = from;
        while (want < to && b[want] != c) {
          want++;
        }
        assertEquals(want, LineScanner.find(b, from, to, c), "find " + c + " in round " + round);
        if (c == '\n') {
          assertEquals(want, LineScanner.lineFeed(b, from, to), "lineFeed in round " + round);
        }
      }
    }
  }
}
