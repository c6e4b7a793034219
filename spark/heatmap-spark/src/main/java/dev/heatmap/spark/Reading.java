package dev.heatmap.spark;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.grid.Tally;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.run.Analysis;
import dev.heatmap.run.HeatmapRun;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.TimeResolver;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the executors run: heatmap's own opening, detection, extractors and resolver over one unit,
 * as {@link Analysis} reads a file or a part of one on a worker thread.
 *
 * <p>A file larger than the part size whose extractor can cut it ({@link Splittable}: JSON lines,
 * text, CSV) is read in two steps. Its first task sets it up as {@link FileParts} from its start,
 * cuts it at boundaries into parts of about the part size, and reads the first part, whose resolver
 * chooses the timestamp format from the file's first values. Then one task per further part sets
 * the file up again from the same start (the same choices, since they depend only on those bytes),
 * and reads its range with the format detected again from the first part's sample. The driver
 * merges the parts in file order, moving each part's line numbers by the lines before it; when any
 * part doubted or failed, the file is read whole instead, as the CLI does.
 */
final class Reading implements Serializable {
  private static final long serialVersionUID = 1L;

  private final JobOptions options;
  private final HadoopConf conf;
  private final long partSize;
  private final boolean calendar;
  private final boolean series;

  Reading(JobOptions options, HadoopConf conf) {
    this.options = options;
    this.conf = conf;
    this.partSize = options.partSize();
    this.calendar = options.calendar() != HeatmapRun.CalendarMode.OFF;
    this.series = options.emitSeries() != null;
  }

  /** One range of a file for a later task. */
  record Range(InputFile file, int part, long from, long to, List<String> sample)
      implements Serializable {}

  boolean inferTz() {
    return options.inferTz();
  }

  private Tally tally(TimeConfig time) {
    // Every group counted apart, with its evidence: the driver ranks them after the merge.
    Tally t =
        new Tally(time.zone(), time.inferTz(), calendar, Integer.MAX_VALUE, Integer.MAX_VALUE);
    if (series) {
      t.gatherSeries();
    }
    return t;
  }

  private Source source(InputFile file) throws IOException {
    return HadoopFiles.source(file, conf.get());
  }

  /** Reads a whole file. */
  Counted whole(InputFile file) throws IOException {
    long cpu = cpu();
    Counted c = readWhole(file);
    c.cpuNanos = cpu() - cpu;
    return c;
  }

  private Counted readWhole(InputFile file) throws IOException {
    TimeConfig time = options.timeConfig();
    Tally tally = tally(time);
    Analysis.FileResult r = new Analysis(options.inputConfig(), time).read(source(file), tally);
    return new Counted(
        tally, Counted.Head.whole(file.index(), r.diagnostics(), r.error(), r.counted()));
  }

  /** Reads a small file whole, or sets a large one up as parts and reads the first. */
  Counted first(InputFile file) throws IOException {
    long cpu = cpu();
    Counted c = readFirst(file);
    c.cpuNanos = cpu() - cpu;
    return c;
  }

  private Counted readFirst(InputFile file) throws IOException {
    if (file.size() / 2 < partSize) {
      return readWhole(file);
    }
    Source source = source(file);
    TimeConfig time = options.timeConfig();
    Diagnostics diagnostics = new Diagnostics(source.name());
    Inputs inputs = new Inputs(options.inputConfig());
    try (Input in = inputs.open(source)) {
      FileParts parts = parts(inputs, in, diagnostics);
      if (parts == null) {
        return readWhole(file);
      }
      long[] cuts =
          parts.split((int) Math.min(Integer.MAX_VALUE, (parts.size() + partSize - 1) / partSize));
      if (cuts.length <= 2) {
        return readWhole(file);
      }
      Tally tally = tally(time);
      Diagnostics own = new Diagnostics(parts.name());
      TimeResolver resolver = new TimeResolver(time, tally, own);
      Counted.PartRead read = read(parts, cuts[0], cuts[1], resolver);
      diagnostics.merge(own);
      boolean filled = resolver.sampleFilled();
      return new Counted(
          tally,
          new Counted.Head(
              file.index(),
              0,
              diagnostics,
              null,
              read,
              cuts,
              filled ? resolver.sample() : null,
              filled,
              tally.overall().total()));
    } catch (HeatmapException | IOException | UncheckedIOException e) {
      return readWhole(file); // reading it whole says what is wrong, as the CLI would
    }
  }

  /** Reads one later part of a file that {@link #first} set up. */
  Counted range(Range range) throws IOException {
    long cpu = cpu();
    Counted c = readRange(range);
    c.cpuNanos = cpu() - cpu;
    return c;
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private Counted readRange(Range range) throws IOException {
    TimeConfig time = options.timeConfig();
    Tally tally = tally(time);
    Source source = source(range.file());
    Diagnostics own = new Diagnostics(source.name());
    Counted.PartRead read = Counted.PartRead.FAILED;
    Inputs inputs = new Inputs(options.inputConfig());
    try (Input in = inputs.open(source)) {
      FileParts parts = parts(inputs, in, new Diagnostics(source.name()));
      if (parts != null) {
        TimeResolver resolver = TimeResolver.follower(time, range.sample(), tally, own);
        read = read(parts, range.from(), range.to(), resolver);
      }
    } catch (HeatmapException | IOException | UncheckedIOException e) {
      read = Counted.PartRead.FAILED; // the file is then read whole, which says what is wrong
    }
    return new Counted(
        tally,
        new Counted.Head(
            range.file().index(),
            range.part(),
            own,
            null,
            read,
            null,
            null,
            false,
            tally.overall().total()));
  }

  /**
   * Checks a file read in parts as a whole, from its parts' combined counts, on the driver.
   *
   * @return the error reading it whole would have ended with, or null
   */
  HeatmapException check(InputFile file, List<FileParts.Part> done) throws IOException {
    Inputs inputs = new Inputs(options.inputConfig());
    try (Input in = inputs.open(source(file))) {
      FileParts parts = parts(inputs, in, new Diagnostics(file.name()));
      if (parts != null) {
        parts.check(done);
      }
      return null;
    } catch (HeatmapException e) {
      return e;
    }
  }

  /** The file set up as parts, or null when its type or layout must be read whole. */
  private static FileParts parts(Inputs inputs, Input in, Diagnostics diagnostics)
      throws IOException {
    InputType type = inputs.typeOf(in);
    Extractor extractor = inputs.extractor(type, diagnostics);
    return extractor instanceof Splittable s ? s.parts(in) : null;
  }

  private static Counted.PartRead read(FileParts parts, long from, long to, TimeResolver resolver) {
    try {
      FileParts.Part p = parts.read(from, to, resolver, ReadProgress.NONE);
      return new Counted.PartRead(true, p.complete(), p.lines(), p.records(), p.any());
    } catch (IOException | UncheckedIOException e) {
      return Counted.PartRead.FAILED;
    } finally {
      resolver.finish();
    }
  }
}
