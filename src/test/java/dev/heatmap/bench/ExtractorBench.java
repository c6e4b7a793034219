package dev.heatmap.bench;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.FormatDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each extractor's inner loop: every record of a 100,000-record file handed to a sink that only
 * consumes it (no parsing), per operation. {@code bytes} is the byte scanner a worker runs over a
 * file ({@link FileParts}, one part); {@code whole} is {@link Extractor#extract} over the opened
 * file, which for CSV and concatenated JSON is the character path (Commons CSV, Jackson) the byte
 * scanners stand in for, and for text and JSON lines the same byte scanner over a stream. Divide
 * the file's size (printed at setup) by the time for MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBench {
  @Param({"text", "jsonl", "conti", "csv"})
  public String shape;

  private Path file;
  private final Inputs inputs = new Inputs(InputConfig.auto(FormatDetector.JUDGE));

  @Setup
  public void setUp() throws IOException {
    file = BenchData.write(shape, 100_000);
    System.out.printf("%n%s: %.1f MB%n", file, Files.size(file) / 1e6);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Consumes every record. */
  static final class Consumer implements RecordSink {
    private final Blackhole bh;

    Consumer(Blackhole bh) {
      this.bh = bh;
    }

    @Override
    public void text(CharSequence value, String group, long line) {
      bh.consume(value.charAt(value.length() - 1));
    }

    @Override
    public void number(double value, String group, long line) {
      bh.consume(value);
    }

    @Override
    public void wallTime(long wallEpochSecond, String group, long line) {
      bh.consume(wallEpochSecond);
    }

    @Override
    public void skip(String group, long line, SkipReason reason, String detail) {
      bh.consume(reason);
    }
  }

  @Benchmark
  public FileParts.Part bytes(Blackhole bh) throws IOException {
    try (Input in = inputs.open(Source.file(file))) {
      Extractor x = inputs.extractor(inputs.typeOf(in), new Diagnostics(file.toString()));
      FileParts parts = ((Splittable) x).parts(in);
      long[] cuts = parts.split(1);
      return parts.read(cuts[0], cuts[1], new Consumer(bh), ReadProgress.NONE);
    }
  }

  @Benchmark
  public void whole(Blackhole bh) throws IOException {
    try (Input in = inputs.open(Source.file(file))) {
      inputs
          .extractor(inputs.typeOf(in), new Diagnostics(file.toString()))
          .extract(in, new Consumer(bh));
    }
  }
}
