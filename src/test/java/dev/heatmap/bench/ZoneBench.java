package dev.heatmap.bench;

import dev.heatmap.time.ZoneBinner;
import dev.heatmap.time.parse.IsoParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Converting an instant to its grid cell in a zone, with the cached offsets of {@link ZoneBinner},
 * for instants in time order (the common case: logs) and scattered over ten years (the worst case
 * for the cache), against {@link ZonedDateTime} as the baseline; and reading a wall time in a DST
 * zone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ZoneBench {
  private static final int N = 4096;

  @Param({"UTC", "+05:30", "America/New_York", "Australia/Lord_Howe"})
  public String zone;

  @Param({"sorted", "scattered"})
  public String order;

  private long[] instants;
  private String[] walls;
  private ZoneBinner binner;
  private ZoneId id;
  private IsoParser wallParser;
  private int i;

  @Setup
  public void setUp() {
    id = ZoneId.of(zone);
    binner = new ZoneBinner(id);
    wallParser = new IsoParser(id);
    instants = new long[N];
    walls = new String[N];
    SplittableRandom random = new SplittableRandom(1);
    long t = 1_500_000_000L;
    for (int k = 0; k < N; k++) {
      instants[k] = order.equals("sorted") ? t + k * 61L : t + random.nextLong(10 * 365 * 86400L);
      walls[k] = Instant.ofEpochSecond(instants[k]).toString().substring(0, 19);
    }
  }

  @Benchmark
  public int cell() {
    i = (i + 1) & (N - 1);
    return binner.cell(instants[i]);
  }

  @Benchmark
  public int zonedDateTimeBaseline() {
    i = (i + 1) & (N - 1);
    ZonedDateTime z = Instant.ofEpochSecond(instants[i]).atZone(id);
    return (z.getDayOfWeek().getValue() - 1) * 24 + z.getHour();
  }

  /** Parsing a wall time without an offset and reading it in the zone (gap/overlap rule). */
  @Benchmark
  public long wallTime() {
    i = (i + 1) & (N - 1);
    return wallParser.parse(walls[i]);
  }
}
