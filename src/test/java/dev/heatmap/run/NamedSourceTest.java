package dev.heatmap.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.grid.Tally;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.Positional;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A named stream (an object in a store, read through Hadoop by the Spark job) is read as a file of
 * that name, not as standard input: its extension chooses its type, and messages name it.
 */
class NamedSourceTest {
  private static Source named(String name, String text, AtomicInteger opened) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Source.named(
        name,
        new Source.Stream() {
          @Override
          public InputStream open() {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
          }

          @Override
          public long size() {
            return bytes.length;
          }
        });
  }

  @Test
  void itsMessagesNameItAndItsLinesCount() {
    AtomicInteger opened = new AtomicInteger();
    Source s =
        named(
            "s3a://bucket/logs/a.txt",
            "2024-01-01 10:00:00\n2024-01-01 11:00:00\nnot a time\n2024-01-02 10:00:00\n",
            opened);
    assertFalse(s.isStdin());
    assertNull(s.path());
    assertEquals(71, s.size());
    Tally tally = new Tally(ZoneOffset.UTC);
    Analysis.FileResult r =
        new Analysis(InputConfig.auto(FormatDetector.JUDGE), TimeConfig.utc()).read(s, tally);
    assertEquals(3, tally.overall().total());
    assertEquals(1, tally.overall().count(0, 10)); // Monday 2024-01-01
    assertEquals(
        List.of("s3a://bucket/logs/a.txt:3: not a timestamp: \"not a time\""),
        r.diagnostics().messages());
    assertEquals(1, opened.get());
  }

  @Test
  void itsExtensionChoosesItsType() {
    // As standard input this would be sniffed as JSON; named .csv, it is a CSV file.
    String csv = "{\"ts\": 1},when\n1,2024-03-04T05:06:07Z\n";
    Tally tally = new Tally(ZoneOffset.UTC);
    Analysis.FileResult r =
        new Analysis(InputConfig.auto(FormatDetector.JUDGE), TimeConfig.utc())
            .read(named("gs://b/x.csv", csv, new AtomicInteger()), tally);
    assertNull(r.error(), () -> r.error().getMessage());
    assertEquals(1, tally.overall().total());
    HeatmapException e =
        assertThrows(
            HeatmapException.class,
            () ->
                new Inputs(InputConfig.auto(FormatDetector.JUDGE))
                    .typeOf(
                        new Inputs(InputConfig.auto(FormatDetector.JUDGE))
                            .open(named("hdfs://n/y.ods", "a", new AtomicInteger()))));
    assertEquals(
        "hdfs://n/y.ods: an OpenDocument spreadsheet (.ods) is not supported (supported: "
            + InputType.names()
            + ")",
        e.getMessage());
  }

  @Test
  void withPositionalReadsItIsReadInPartsAsAFileIs() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(
          i % 997 == 5 ? "nonsense\n" : "2024-01-0" + (1 + i % 7) + " 1" + (i % 10) + ":00:00\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    AtomicInteger positional = new AtomicInteger();
    Source s =
        Source.named(
            "s3a://b/t.txt",
            new Source.Stream() {
              @Override
              public InputStream open() {
                return new ByteArrayInputStream(bytes);
              }

              @Override
              public long size() {
                return bytes.length;
              }

              @Override
              public Positional openPositional() {
                positional.incrementAndGet();
                return new Positional() {
                  @Override
                  public int read(long position, byte[] b, int off, int len) {
                    if (position >= bytes.length) {
                      return -1;
                    }
                    int n = (int) Math.min(len, bytes.length - position);
                    System.arraycopy(bytes, (int) position, b, off, n);
                    return n;
                  }

                  @Override
                  public void close() {}
                };
              }
            });
    Analysis whole = new Analysis(InputConfig.auto(FormatDetector.JUDGE), TimeConfig.utc());
    Analysis.FileResult one =
        whole.read(named("s3a://b/t.txt", text.toString(), new AtomicInteger()));
    Analysis inParts =
        new Analysis(
            InputConfig.auto(FormatDetector.JUDGE),
            TimeConfig.utc(),
            new Analysis.Parallelism(2, 16 << 10),
            ReadProgress.NONE);
    List<Analysis.FileResult> results = new java.util.ArrayList<>();
    inParts.readAll(List.of(s), results::add);
    assertEquals(true, positional.get() > 2, "read through positional reads");
    assertArrayEquals(whole.tally().overall().counts(), inParts.tally().overall().counts());
    assertEquals(one.diagnostics().messages(), results.get(0).diagnostics().messages());
    assertEquals(
        "s3a://b/t.txt:6: not a timestamp: \"nonsense\"", one.diagnostics().messages().get(0));
  }

  @Test
  void aSourceIsExactlyOneKind() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Source(
                "x",
                java.nio.file.Path.of("x"),
                null,
                named("x", "", new AtomicInteger()).stream()));
    assertThrows(IllegalArgumentException.class, () -> new Source("x", null, null, null));
  }
}
