package dev.heatmap.run;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.TimeResolver;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads inputs into one tally: for each source, open it, pick its extractor, resolve its values to
 * instants and count them. A source that fails is reported in its {@link FileResult}; the others
 * still count.
 *
 * <p>With more than one thread, files are read side by side, and a large file whose extractor is
 * {@link Splittable} is read as parts by several workers. Every worker has its own resolver, tally
 * and diagnostics; they are merged in file order (and part order within a file), so the grid, the
 * totals, the skipped counts and the first messages are exactly those of reading one file after
 * another from start to end. When a part's reader doubts, the parts' results are dropped and the
 * file is read whole.
 */
public final class Analysis {
  private final Inputs inputs;
  private final TimeConfig time;
  private final Tally tally;
  private final Parallelism parallelism;
  private final ReadProgress progress;
  private final boolean calendar;
  // The names a second pass counts exactly (Tally#recounting), or null on a first pass.
  private final Collection<String> recount;

  public Analysis(InputConfig input, TimeConfig time) {
    this(input, time, Parallelism.SEQUENTIAL, ReadProgress.NONE);
  }

  /**
   * @param parallelism how many threads read, and how big a part of a file is
   * @param progress counts the bytes and records read, from any thread
   */
  public Analysis(
      InputConfig input, TimeConfig time, Parallelism parallelism, ReadProgress progress) {
    this(input, time, parallelism, progress, false);
  }

  /**
   * @param calendar whether to count events per local day too, for the calendar view
   */
  public Analysis(
      InputConfig input,
      TimeConfig time,
      Parallelism parallelism,
      ReadProgress progress,
      boolean calendar) {
    this(input, time, parallelism, progress, calendar, null);
  }

  /**
   * An analysis for a second pass over inputs read once already, counting the groups of {@code
   * recount} exactly and every other one in {@code (other)} (see {@link Tally#recounting}).
   */
  Analysis(
      InputConfig input,
      TimeConfig time,
      Parallelism parallelism,
      ReadProgress progress,
      boolean calendar,
      Collection<String> recount) {
    this.inputs = new Inputs(input, progress);
    this.time = time;
    this.calendar = calendar;
    this.recount = recount;
    this.tally = newTally();
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /**
   * How reading is spread over threads.
   *
   * @param threads how many threads read at once; 1 reads everything on the caller's thread
   * @param minPartBytes the smallest part a file is cut into; a smaller file is read whole
   */
  public record Parallelism(int threads, long minPartBytes) {
    /** Everything on the caller's thread, one file after another. */
    public static final Parallelism SEQUENTIAL = new Parallelism(1, Long.MAX_VALUE);

    /** The default part size: big enough that a part's setup is lost in its reading. */
    public static final long DEFAULT_PART = 8L << 20;

    public Parallelism {
      if (threads < 1 || minPartBytes < 1) {
        throw new IllegalArgumentException("threads and part size must be positive");
      }
    }

    /** One thread per processor. */
    public static Parallelism auto() {
      return new Parallelism(Runtime.getRuntime().availableProcessors(), DEFAULT_PART);
    }

    /**
     * How many parts a file of {@code size} bytes is cut into: none smaller than the minimum, a
     * multiple of the threads when there are more parts than threads (so that they finish
     * together), and no more than four per thread.
     */
    int parts(long size) {
      if (threads == 1) {
        return 1;
      }
      long n = Math.min(size / minPartBytes, 4L * threads);
      if (n > threads) {
        n -= n % threads;
      }
      return (int) Math.max(1, n);
    }
  }

  /**
   * Reads one source into the tally, on the caller's thread. Never throws for a bad input. A file
   * is counted apart first and then merged, so that it can be read again from scratch (see {@link
   * #readFile}); standard input goes straight in.
   */
  public FileResult read(Source source) {
    if (source.isStdin()) {
      return readFile(source, null, tally, false).result();
    }
    return merge(readFile(source, null, newTally(), true));
  }

  /**
   * Reads one source into {@code counts} instead of this analysis's tally, on the caller's thread,
   * as {@link #read} would: for a caller that keeps one tally per source (a Spark task), with a
   * zone and evidence setting matching this analysis's time configuration. Never throws for a bad
   * input.
   */
  public FileResult read(Source source, Tally counts) {
    return readFile(source, null, counts, false).result();
  }

  /**
   * Reads every source into the tally and hands each one's result to {@code done}, in the order of
   * {@code sources}, as soon as it and those before it are read. Never throws for a bad input.
   */
  public void readAll(List<Source> sources, Consumer<FileResult> done) {
    boolean stdin = false;
    for (Source s : sources) {
      stdin |= s.isStdin();
    }
    boolean alone = sources.size() == 1 && stdin;
    // Standard input cannot be read twice, as a file whose groups overflowed must be (see merge).
    boolean grouping = inputs.config().groupBy() != null;
    // One file too small to cut into two parts is read on this thread: no pool to start.
    boolean small =
        sources.size() == 1 && !stdin && sources.get(0).size() / 2 < parallelism.minPartBytes();
    if (parallelism.threads() == 1 || alone || small || (grouping && stdin)) {
      for (Source s : sources) {
        done.accept(read(s));
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(parallelism.threads());
    try {
      // A bounded window of files in flight keeps memory flat for a run over thousands of files.
      int window = parallelism.threads() + 1;
      Deque<ForkJoinTask<Outcome>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < sources.size() || !inFlight.isEmpty()) {
        while (next < sources.size() && inFlight.size() < window) {
          Source s = sources.get(next++);
          inFlight.add(pool.submit(() -> readFile(s, pool, newTally(), !s.isStdin())));
        }
        Outcome o = inFlight.poll().join();
        done.accept(merge(o));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  public Tally tally() {
    return tally;
  }

  /** One file's result and the tally it was counted into. */
  private record Outcome(Source source, FileResult result, Tally tally) {}

  /**
   * Adds a file read on its own into the run's tally. When its own tally had to fold group names,
   * which names folded depended on where its counting started, so the file is counted again
   * straight into the run's tally, as reading every file in order would have counted it.
   */
  private FileResult merge(Outcome o) {
    if (o.tally().overflowed()) {
      return readFile(o.source(), null, tally, false).result();
    }
    tally.merge(o.tally());
    return o.result();
  }

  /**
   * Reads one source into {@code counts}, in parts when it can. With {@code rereadable} (a file,
   * counted into a tally of its own), a later value that contradicts an assumed month-first order
   * makes it read again day-first into a new tally, which the outcome then carries; otherwise that
   * stops the file with an error naming both lines.
   */
  private Outcome readFile(Source source, ForkJoinPool pool, Tally counts, boolean rereadable) {
    try {
      return readFile(source, pool, counts, rereadable, null);
    } catch (TimeResolver.Contradicted c) {
      // What the first reading counted is in counts, which is the file's own: dropped.
      return readFile(source, null, newTally(), false, c);
    }
  }

  private Outcome readFile(
      Source source,
      ForkJoinPool pool,
      Tally counts,
      boolean rereadable,
      TimeResolver.Contradicted dayFirst) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    long before = counts.overall().total();
    try (Input in = inputs.open(source)) {
      InputType type = inputs.typeOf(in, diagnostics);
      if (inputs.config().countField() != null && type != InputType.CSV) {
        // Only CSV reads a count per row: any other reader would count each record once.
        throw HeatmapException.input(
            source.name()
                + ": --count-field is read from CSV rows (a warehouse's or --emit-series'"
                + " export), but this input reads as "
                + type.id()
                + (type == InputType.TEXT ? " (one column?): give --type csv" : ""));
      }
      Extractor extractor = inputs.extractor(type, diagnostics);
      if (extractor instanceof Splittable splittable && dayFirst == null) {
        FileParts parts = splittable.parts(in);
        if (parts != null && readParts(parts, diagnostics, counts, pool, rereadable)) {
          return outcome(source, diagnostics, counts, before, null);
        }
        // Not splittable after all, or a part doubted: read the file whole, from scratch.
        diagnostics = new Diagnostics(source.name());
        extractor = inputs.extractor(type, diagnostics);
      }
      TimeResolver resolver = resolver(counts, diagnostics);
      if (rereadable) {
        resolver.rereadOnContradiction();
      }
      if (dayFirst != null) {
        resolver.readDayFirst(dayFirst);
      }
      boolean contradicted = false;
      try {
        RecordSink sink = counted(resolver);
        extractor.extract(in, sink);
        if (in.truncated()) {
          // The decodable lines are counted; the cut one is one skipped record, said with why.
          sink.skip(
              null,
              0,
              SkipReason.TRUNCATED,
              "the gzip data ends early (a truncated file?); the last, partial line is not read");
        }
      } catch (TimeResolver.Contradicted c) {
        contradicted = true;
        throw c;
      } finally {
        if (!contradicted) {
          resolver.finish(); // records held back for format detection count even after an error
        }
      }
      return outcome(source, diagnostics, counts, before, null);
    } catch (HeatmapException e) {
      return outcome(source, diagnostics, counts, before, e);
    } catch (IOException | UncheckedIOException e) {
      String why =
          e instanceof EOFException
              ? "unexpected end of the data (a truncated file?)"
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return outcome(
          source,
          diagnostics,
          counts,
          before,
          HeatmapException.input(source.name() + ": read error: " + why, e));
    }
  }

  private static Outcome outcome(
      Source source, Diagnostics diagnostics, Tally counts, long before, HeatmapException e) {
    warnMissing(diagnostics, counts.overall().total() - before);
    sayRereads(diagnostics, counts.overall().total() - before);
    return new Outcome(
        source,
        new FileResult(source.name(), diagnostics, counts.overall().total() - before, e),
        counts);
  }

  /** The share of records without a timestamp value that is said as a caution. */
  static final double MISSING_SHARE = 0.05;

  /**
   * Never silent: when at least 5 % of an input's records have no value under the chosen key,
   * column or profile field, it is said in one line with the flag that changes it (and {@code
   * --strict} then fails the run, as for any skipped record).
   */
  private static void warnMissing(Diagnostics d, long counted) {
    Long empty = d.skips().get(dev.heatmap.core.SkipReason.EMPTY);
    long missing = empty == null ? 0 : empty;
    long records = counted + d.skipped();
    if (missing > 0 && records > 0 && missing >= MISSING_SHARE * records) {
      long percent = Math.round(100.0 * missing / records);
      d.doubt(
          missing
              + " of "
              + records
              + " records ("
              + percent
              + "%) have no timestamp value under the chosen field; name another with --field");
    }
  }

  /** The share of values read in another format than the detected one that is said as a caution. */
  static final double REREAD_SHARE = 0.05;

  /**
   * Mixed formats: the values the detected format could not read that another format did are said
   * in one line, {@code 40 values did not fit format ISO-8601 and were read in another: 40 as RFC
   * 2822 (first at line 12)}; a caution when they are 5 % or more of what was counted, since the
   * sample then did not show what the input holds.
   */
  private static void sayRereads(Diagnostics d, long counted) {
    if (d.rereadFrom() == null) {
      return;
    }
    long total = 0;
    StringBuilder as = new StringBuilder();
    for (Map.Entry<String, long[]> e : d.rereads().entrySet()) {
      long[] n = e.getValue();
      total += n[0];
      as.append(as.length() == 0 ? "" : ", ")
          .append(n[0])
          .append(" as ")
          .append(e.getKey())
          .append(" (first at line ")
          .append(n[1])
          .append(')');
    }
    String what =
        total
            + (total == 1 ? " value" : " values")
            + " did not fit format "
            + d.rereadFrom()
            + (total == 1 ? " and was" : " and were")
            + " read in another: "
            + as;
    if (counted > 0 && total >= REREAD_SHARE * counted) {
      d.caution(what + "; give --time-format to read them all in one");
    } else {
      d.note(what);
    }
  }

  /**
   * Reads a file as parts, side by side when there is a pool, and merges them into {@code counts}
   * and {@code diagnostics} in file order. Returns false, having changed neither, when a part
   * doubted or could not be read.
   */
  private boolean readParts(
      FileParts parts, Diagnostics diagnostics, Tally counts, ForkJoinPool pool, boolean rereadable)
      throws IOException {
    long[] cuts = parts.split(pool == null ? 1 : parallelism.parts(parts.size()));
    int n = cuts.length - 1;
    // The first part chooses the timestamp format from the input's first values, as reading it
    // whole would; the others wait for that choice and read with it.
    CompletableFuture<TimeResolver> leader = new CompletableFuture<>();
    PartTask[] tasks = new PartTask[n];
    for (int i = 0; i < n; i++) {
      // Each part counts as the file's tally does (the caller's own, for a Spark task's).
      tasks[i] =
          new PartTask(parts, cuts[i], cuts[i + 1], leader, i == 0, rereadable, counts.like());
    }
    // Every thread takes the next part in file order until none is left, so the threads finish
    // together however fast each part goes; the first part is taken first.
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            tasks[i].run();
          }
        };
    List<ForkJoinTask<?>> helpers = new ArrayList<>();
    if (pool != null) {
      for (int k = 1; k < Math.min(n, parallelism.threads()); k++) {
        helpers.add(ForkJoinTask.adapt(worker).fork());
      }
    }
    worker.run();
    for (ForkJoinTask<?> h : helpers) {
      h.join();
    }
    for (PartTask t : tasks) {
      if (t.part == null || !t.part.complete() || t.counts.overflowed()) {
        return false;
      }
    }
    long shift = 0;
    FileParts.Part[] done = new FileParts.Part[n];
    for (int i = 0; i < n; i++) {
      counts.merge(tasks[i].counts);
      diagnostics.merge(tasks[i].diagnostics, shift);
      shift += tasks[i].part.lines();
      done[i] = tasks[i].part;
    }
    parts.check(Arrays.asList(done));
    return true;
  }

  /** One part of a file, read by one worker into its own tally and diagnostics. */
  private final class PartTask {
    private final FileParts parts;
    private final long from;
    private final long to;
    private final CompletableFuture<TimeResolver> leader;
    private final boolean first;
    private final boolean rereadable;
    private final Tally counts;
    private final Diagnostics diagnostics;
    private FileParts.Part part;

    PartTask(
        FileParts parts,
        long from,
        long to,
        CompletableFuture<TimeResolver> leader,
        boolean first,
        boolean rereadable,
        Tally counts) {
      this.rereadable = rereadable;
      this.counts = counts;
      this.parts = parts;
      this.from = from;
      this.to = to;
      this.leader = leader;
      this.first = first;
      this.diagnostics = new Diagnostics(parts.name());
    }

    void run() {
      TimeResolver resolver = null;
      try {
        if (first) {
          TimeResolver own = resolver(counts, diagnostics);
          if (rereadable) {
            own.rereadOnContradiction();
          }
          own.whenChosen(() -> leader.complete(own));
          resolver = own;
        } else {
          TimeResolver chosen = leader.join();
          if (chosen == null || !chosen.sampleFilled()) {
            return; // the first part ended before its sample filled: read the file whole
          }
          resolver = chosen.follower(counts, diagnostics);
        }
        part = parts.read(from, to, counted(resolver), progress);
      } catch (IOException | UncheckedIOException e) {
        part = null; // reading the file whole will say what is wrong
      } finally {
        if (resolver != null) {
          resolver.finish();
        }
        if (first) {
          leader.complete(null); // lets the others go on (and give up) if it chose nothing
        }
      }
    }
  }

  private Tally newTally() {
    if (recount != null) {
      return Tally.recounting(time.zone(), time.inferTz(), calendar, time.drawWritten(), recount);
    }
    return new Tally(time.zone(), time.inferTz(), calendar, Tally.MAX_GROUPS, time.drawWritten());
  }

  private TimeResolver resolver(Tally counts, Diagnostics diagnostics) {
    return new TimeResolver(time, counts, diagnostics);
  }

  /** The sink, counting records for the progress display when there is one. */
  private RecordSink counted(RecordSink sink) {
    return progress == ReadProgress.NONE ? sink : new CountingSink(sink, progress);
  }

  /** Passes records on, telling the progress display how many every few thousand. */
  private static final class CountingSink implements RecordSink {
    private static final int BATCH = 1 << 13;
    private final RecordSink sink;
    private final ReadProgress progress;
    private int count;

    CountingSink(RecordSink sink, ReadProgress progress) {
      this.sink = sink;
      this.progress = progress;
    }

    private void tick() {
      if (++count == BATCH) {
        progress.add(0, count);
        count = 0;
      }
    }

    @Override
    public void text(CharSequence value, String group, long line) {
      tick();
      sink.text(value, group, line);
    }

    @Override
    public void number(double value, String group, long line) {
      tick();
      sink.number(value, group, line);
    }

    @Override
    public void wallTime(long wallEpochSecond, String group, long line) {
      tick();
      sink.wallTime(wallEpochSecond, group, line);
    }

    @Override
    public void sample(CharSequence value) {
      sink.sample(value); // not a record: not counted
    }

    @Override
    public void skip(String group, long line, dev.heatmap.core.SkipReason reason, String detail) {
      tick();
      sink.skip(group, line, reason, detail);
    }

    @Override
    public void continuation(long line) {
      sink.continuation(line);
    }
  }

  /**
   * What reading one source gave.
   *
   * @param source the source's name
   * @param diagnostics its skipped records and warnings
   * @param counted how many timestamps it added
   * @param error why it could not be read to the end, or null
   */
  public record FileResult(
      String source, Diagnostics diagnostics, long counted, HeatmapException error) {
    public boolean failed() {
      return error != null;
    }
  }
}
