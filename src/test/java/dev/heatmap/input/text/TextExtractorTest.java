package dev.heatmap.input.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.heatmap.input.Extraction;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.time.FormatDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

public class TextExtractorTest {
  @Test
  void oneRecordPerNonBlankLineWithItsLineNumberAndCrDropped() {
    Extraction x = Extraction.of(Extraction.fixture("text/lines.txt"), Extraction.config());

    assertNull(x.error());
    assertEquals(InputType.TEXT, x.type());
    assertEquals(
        List.of("1 text 2024-01-01 10:15:00", "4 text 2024-01-02T11:00:00Z", "5 text not a time"),
        x.events());
  }

  /** A stream of {@code n} bytes of 'x' with no newline, made as it is read. */
  public static InputStream endless(long n) {
    return new InputStream() {
      private long left = n;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) 'x');
        left -= k;
        return k;
      }
    };
  }

  @Test
  void aTwoGigabyteLineFailsTheFileAtItsStartLineAndTheLinesBeforeCount() throws IOException {
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "2024-01-01 10:00:00\n2024-01-01 11:00:00\n".getBytes(StandardCharsets.UTF_8)),
            endless(2L << 30));

    Extraction x = Extraction.stdin(in, Extraction.config().withType(InputType.TEXT));

    assertEquals(
        "<stdin>:3: line longer than 1048576 characters; not read further (see"
            + " --max-line-length)",
        x.error());
    assertEquals(2, x.events().size());
  }

  @Test
  void theMaximumLineLengthIsConfigurable() {
    InputConfig config =
        new InputConfig(InputType.TEXT, null, null, null, null, false, 20, FormatDetector.JUDGE);
    byte[] text =
        "2024-01-01 10:00:00\n2024-01-01 10:00:00.123456789Z\n".getBytes(StandardCharsets.UTF_8);

    Extraction x = Extraction.stdin(new ByteArrayInputStream(text), config);

    assertEquals(1, x.events().size());
    assertEquals(
        "<stdin>:2: line longer than 20 characters; not read further (see --max-line-length)",
        x.error());
  }
}
