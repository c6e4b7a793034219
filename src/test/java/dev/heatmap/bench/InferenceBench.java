package dev.heatmap.bench;

import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.infer.TzInference;
import dev.heatmap.grid.infer.ZoneGuess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code --infer-tz} over one actor-year of activity (target: under 50 ms) and over 20 groups of a
 * crew, each a quarter of a year (target: under 0.5 s), with the zone models built once per call as
 * the command does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InferenceBench {
  private TzEvidence year;
  private List<TzEvidence> groups;

  @Setup
  public void setUp() {
    year = office(ZoneId.of("Europe/Berlin"), LocalDate.of(2023, 1, 2), 365, 1);
    groups = new ArrayList<>();
    for (int g = 0; g < 20; g++) {
      groups.add(office(ZoneId.of("Asia/Shanghai"), LocalDate.of(2023, 3, 6), 90, 100 + g));
    }
  }

  /** An office worker, 09:00–18:00 with straggling arrivals and sessions of typing. */
  static TzEvidence office(ZoneId zone, LocalDate first, int days, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    TzEvidence e = new TzEvidence();
    for (int i = 0; i < days; i++) {
      LocalDate d = first.plusDays(i);
      if (d.getDayOfWeek().getValue() > 5) {
        continue;
      }
      long midnight = d.atStartOfDay(zone).toEpochSecond();
      double t = 9 + 0.5 * r.nextDouble();
      while (t < 18 + 0.5 * r.nextDouble()) {
        if (t < 12.5 || t > 13.5) {
          e.add(midnight + (long) (t * 3600));
        }
        t += -0.3 * Math.log(1 - r.nextDouble());
      }
    }
    return e;
  }

  @Benchmark
  public ZoneGuess oneActorYear() {
    return TzInference.infer(year);
  }

  @Benchmark
  public List<ZoneGuess> twentyGroups() {
    return TzInference.inferEach(groups);
  }
}
