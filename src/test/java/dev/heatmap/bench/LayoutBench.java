package dev.heatmap.bench;

import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.run.Analysis;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Log lines with the timestamp inside them against the bare-timestamp text path (issue 13: at least
 * 80 % of its speed on the same number of lines): a whole read on one thread of 1,000,000 lines of
 * nginx's combined format and of RFC 5424 syslog, and of the same instants as bare timestamps in
 * the same spelling ({@code bare-clf}: {@code 18/Mar/2024:10:15:31 +0100}; {@code bare-iso}: RFC
 * 5424's {@code 2024-03-18T10:15:31.003+01:00}). Compare nginx-combined with bare-clf and rfc5424
 * with bare-iso.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class LayoutBench {
  @Param({"bare-clf", "nginx-combined", "bare-iso", "rfc5424"})
  public String shape;

  private Path file;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("layout-" + shape, ".log");
    write(file, shape, 1_000_000);
    System.out.printf("%n%s: %.1f MB%n", file, Files.size(file) / 1e6);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long read() {
    Analysis a =
        new Analysis(
            InputConfig.auto(FormatDetector.JUDGE),
            TimeConfig.utc(),
            Analysis.Parallelism.SEQUENTIAL,
            ReadProgress.NONE);
    a.readAll(List.of(Source.file(file)), r -> {});
    return a.tally().overall().total();
  }

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static final String[] AGENTS = {
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/122.0.0.0 Safari/537.36",
    "curl/8.5.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
  };

  /**
   * {@code lines} lines of {@code shape}, one second apart from 2024-01-01 in +01:00 with a random
   * few seconds' jitter, the same instants for every shape (the generator bench/bench.py's datasets
   * follow).
   */
  static void write(Path file, String shape, int lines) {
    SplittableRandom r = new SplittableRandom(13);
    long start = 1_704_067_200L + 3600; // 2024-01-01T00:00:00+01:00 as a wall clock
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(512);
      for (int i = 0; i < lines; i++) {
        long wall = start + i * 2L + r.nextInt(3);
        java.time.LocalDateTime t =
            java.time.LocalDateTime.ofEpochSecond(wall, 0, java.time.ZoneOffset.UTC);
        sb.setLength(0);
        switch (shape) {
          case "bare-clf", "nginx-combined" -> {
            if (shape.equals("nginx-combined")) {
              sb.append("10.")
                  .append(r.nextInt(256))
                  .append('.')
                  .append(r.nextInt(256))
                  .append('.');
              sb.append(r.nextInt(256)).append(" - ").append(r.nextInt(4) == 0 ? "alice" : "-");
              sb.append(" [");
            }
            two(sb, t.getDayOfMonth())
                .append('/')
                .append(MONTHS[t.getMonthValue() - 1])
                .append('/');
            sb.append(t.getYear()).append(':');
            two(sb, t.getHour()).append(':');
            two(sb, t.getMinute()).append(':');
            two(sb, t.getSecond()).append(" +0100");
            if (shape.equals("nginx-combined")) {
              sb.append("] \"GET /api/v1/items/").append(r.nextInt(100_000));
              sb.append("?page=").append(r.nextInt(50)).append(" HTTP/1.1\" ");
              sb.append(r.nextInt(10) == 0 ? 404 : 200).append(' ').append(r.nextInt(90_000));
              sb.append(" \"https://www.example.com/list?q=")
                  .append(r.nextInt(1000))
                  .append("\" \"");
              sb.append(AGENTS[r.nextInt(AGENTS.length)]).append('"');
            }
          }
          default -> {
            if (shape.equals("rfc5424")) {
              sb.append('<').append(r.nextInt(192)).append(">1 ");
            }
            sb.append(t.getYear()).append('-');
            two(sb, t.getMonthValue()).append('-');
            two(sb, t.getDayOfMonth()).append('T');
            two(sb, t.getHour()).append(':');
            two(sb, t.getMinute()).append(':');
            two(sb, t.getSecond()).append('.');
            int ms = r.nextInt(1000);
            sb.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10));
            sb.append((char) ('0' + ms % 10)).append("+01:00");
            if (shape.equals("rfc5424")) {
              sb.append(" host").append(r.nextInt(20)).append(".example.com sshd ");
              sb.append(1000 + r.nextInt(30_000)).append(" - - Accepted publickey for user");
              sb.append(r.nextInt(100)).append(" from 203.0.113.").append(r.nextInt(256));
              sb.append(" port ").append(1024 + r.nextInt(60_000)).append(" ssh2");
            }
          }
        }
        sb.append('\n');
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
