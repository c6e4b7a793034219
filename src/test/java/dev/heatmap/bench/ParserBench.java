package dev.heatmap.bench;

import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimeFormats;
import dev.heatmap.time.parse.TimestampParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One timestamp parsed per operation, for each detected format and for a forced pattern, against
 * java.time's own parser as the baseline the hand-written paths replace.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBench {
  private static final int N = 1024;

  @Param({"iso", "iso-offset", "m/d/yy", "rfc2822", "epoch", "strftime", "java-pattern"})
  public String format;

  /** The zone values without an offset are read in. */
  @Param({"UTC", "America/New_York"})
  public String inputZone;

  private String[] values;
  private TimestampParser parser;
  private DateTimeFormatter javaTime;
  private int i;

  @Setup
  public void setUp() {
    ZoneId zone = ZoneId.of(inputZone);
    values = new String[N];
    long t = 1_600_000_000L;
    for (int k = 0; k < N; k++) {
      LocalDateTime d = LocalDateTime.ofEpochSecond(t + k * 7_919L * 13, 0, ZoneOffset.UTC);
      values[k] =
          switch (format) {
            case "iso" -> d.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            case "iso-offset" -> d.atOffset(ZoneOffset.ofHours(8)) + "";
            case "m/d/yy" -> d.format(DateTimeFormatter.ofPattern("M/d/yy H:mm"));
            case "rfc2822" ->
                DateTimeFormatter.RFC_1123_DATE_TIME.format(d.atOffset(ZoneOffset.UTC));
            case "epoch" -> Long.toString(d.toEpochSecond(ZoneOffset.UTC));
            case "strftime", "java-pattern" ->
                d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
            default -> throw new IllegalArgumentException(format);
          };
    }
    parser =
        switch (format) {
          case "strftime" -> TimeFormats.compile("%d.%m.%Y %H:%M", zone);
          case "java-pattern" -> TimeFormats.compile("dd.MM.yyyy HH:mm", zone);
          case "iso", "iso-offset" -> new IsoParser(zone);
          default -> FormatDetector.detect(List.of(values), zone).parser();
        };
    javaTime =
        switch (format) {
          case "iso" -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
          case "iso-offset" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME;
          case "m/d/yy" -> DateTimeFormatter.ofPattern("M/d/yy H:mm", Locale.ROOT);
          case "rfc2822" -> DateTimeFormatter.RFC_1123_DATE_TIME;
          case "epoch" -> null;
          default -> DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);
        };
    if (javaTime != null) {
      javaTime = javaTime.withZone(zone);
    }
    if (parser.parse(values[0]) == TimestampParser.INVALID) {
      throw new IllegalStateException(format + " does not parse " + values[0]);
    }
  }

  @Benchmark
  public long handWritten() {
    i = (i + 1) & (N - 1);
    return parser.parse(values[i]);
  }

  /**
   * The same values through the java.time formatter for the same format (epoch numbers through
   * {@link Long#parseLong}): what the hand-written path saves.
   */
  @Benchmark
  public long javaTimeBaseline() {
    i = (i + 1) & (N - 1);
    if (javaTime == null) {
      return Long.parseLong(values[i]);
    }
    return Instant.from(javaTime.parse(values[i])).getEpochSecond();
  }
}
