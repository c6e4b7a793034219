package dev.heatmap.bench;

import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.run.Analysis;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * A whole read, as the command runs it: a 1,000,000-record file (about 20 to 170 MB) opened, its
 * field and format detected, read by one worker or cut into parts for every core, parsed, binned in
 * a zone with daylight saving and counted. What the end-to-end benchmark in bench/ measures, less
 * the JVM's start and the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class PipelineBench {
  @Param({"text", "jsonl", "conti", "csv"})
  public String shape;

  /** 1: one thread; 0: one per processor. */
  @Param({"1", "0"})
  public int threads;

  private Path file;
  private Analysis.Parallelism parallelism;

  @Setup
  public void setUp() throws IOException {
    file = BenchData.write(shape, 1_000_000);
    parallelism = threads == 1 ? Analysis.Parallelism.SEQUENTIAL : Analysis.Parallelism.auto();
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
            new TimeConfig(java.time.ZoneOffset.UTC, java.time.ZoneId.of("Europe/Berlin")),
            parallelism,
            ReadProgress.NONE);
    a.readAll(List.of(Source.file(file)), r -> {});
    return a.tally().overall().total();
  }
}
