package dev.heatmap.spark;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.render.ColorDepth;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.Plotly;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Report;
import dev.heatmap.render.Template;
import dev.heatmap.render.Terminal;
import dev.heatmap.run.Analysis;
import dev.heatmap.run.HeatmapRun;
import dev.heatmap.time.TimeConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * One run of heatmap as a Spark job: the inputs are listed on the driver, each is counted by a task
 * with heatmap's own detection, extractors, resolver and tally, the tasks' grids and evidence are
 * merged with {@code treeAggregate}, the groups ranked exactly with {@code reduceByKey} and {@code
 * takeOrdered}, and the driver infers the zone and writes the report with heatmap's renderers,
 * printing on standard error what the CLI prints, in input order.
 */
final class HeatmapJob {
  private final JavaSparkContext sc;
  private final PrintStream out;
  private final PrintStream err;
  private final Timings timings = new Timings();
  private Units units = new Units(0, 0, 0);
  private long countingCpuNanos;
  private boolean timingsWanted;

  /**
   * How the last run cut its inputs into units.
   *
   * @param whole files read whole
   * @param parts parts read of files read in parts
   * @param again files whose parts doubted or failed, read whole again
   */
  record Units(int whole, int parts, int again) {
    @Override
    public String toString() {
      return whole + " files whole, " + parts + " parts, " + again + " files read whole again";
    }
  }

  /** How the last run cut its inputs into units. */
  Units units() {
    return units;
  }

  HeatmapJob(JavaSparkContext sc, PrintStream out, PrintStream err) {
    this.sc = sc;
    this.out = out;
    this.err = err;
  }

  /** Runs the job; returns the exit code. Bad input and usage errors are one line on stderr. */
  int run(String... args) {
    boolean debug = false;
    for (String a : args) {
      debug |= a.equals("--debug");
    }
    try {
      return execute(JobOptions.parse(args));
    } catch (HeatmapException e) {
      err.println("heatmap: " + Terminal.clean(e.getMessage()));
      if (debug && e.getCause() != null) {
        e.getCause().printStackTrace(err);
      }
      return e.exitCode().code();
    } catch (IOException e) {
      err.println("heatmap: " + Terminal.clean(String.valueOf(e.getMessage())));
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INPUT.code();
    }
  }

  private int execute(JobOptions options) throws IOException {
    Configuration hadoop = sc.hadoopConfiguration();
    OutputFormat format = options.format();
    RenderOptions render =
        new RenderOptions(
            Template.builtIn(),
            options.normalize(),
            ColorDepth.NONE,
            options.flag("--no-plotly") ? Plotly.none() : Plotly.pinned());
    TimeConfig time = options.timeConfig();
    timings.mark("start-up");

    List<String> listing = new ArrayList<>();
    List<InputFile> files = HadoopFiles.list(options.inputs, hadoop, listing);
    if (!options.quiet()) {
      for (String n : listing) {
        err.println("heatmap: " + Terminal.clean(n));
      }
    }
    if (files.isEmpty()) {
      throw HeatmapException.input("no input files: " + String.join(" ", options.inputs));
    }
    timings.mark("listing");

    timingsWanted = options.flag("--timings");
    HadoopConf conf = new HadoopConf(hadoop);
    Reading reading = new Reading(options, conf);
    Counting counting = count(files, reading);
    timings.mark("counting");

    boolean calendar = options.calendar() != HeatmapRun.CalendarMode.OFF;
    Ranked ranked = new Ranked(List.of(), Map.of(), calendar ? List.of() : null);
    if (options.groupBy() != null) {
      ranked = rankGroups(counting.counted(), options.top(), calendar);
    }
    Totals totals = counting.totals();
    timings.mark("groups");
    String series = options.emitSeries();
    String seriesNote = null;
    if (series != null && totals.overall.total() > 0) {
      long lines = Series.write(counting.counted(), series, hadoop);
      seriesNote =
          series
              + ": "
              + lines
              + " lines of events per 15-minute UTC bucket"
              + (options.groupBy() == null ? "" : " and group")
              + " written (read it back with --count-field count"
              + (options.groupBy() == null ? "" : " --group-by group")
              + ")";
      timings.mark("series");
    }
    counting.counted().unpersist(false);

    List<FileReport> reports = counting.reports();
    Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
    ExitCode status = printReports(reports, options, skips);
    List<Source> sources = new ArrayList<>();
    for (InputFile f : files) {
      sources.add(HadoopFiles.source(f, hadoop));
    }
    HeatmapRun.Request request =
        new HeatmapRun.Request(
            sources,
            options.inputConfig(),
            time,
            options.title(),
            options.top(),
            options.weekStart(),
            options.hour12(),
            options.inferTz(),
            options.flag("--strict"),
            Analysis.Parallelism.SEQUENTIAL,
            ReadProgress.NONE,
            options.calendar());
    WeekHourGrid overall = totals.overall.grid();
    HeatmapRun.Counts counts =
        new HeatmapRun.Counts(
            overall,
            overall.total() == 0 ? List.of() : ranked.groups(),
            totals.evidence == null ? null : totals.evidence.evidence(),
            ranked.evidence(),
            calendar ? dayCounts(totals.days) : null,
            overall.total() == 0 ? (calendar ? List.of() : null) : ranked.days(),
            totals.spacing < 0 ? HeatmapRun.Counts.NOT_PRE_AGGREGATED : totals.spacing);
    HeatmapRun.Outcome outcome =
        HeatmapRun.conclude(
            request,
            status,
            skips,
            counts,
            hints(reports),
            anyLocalTimes(reports),
            cautions(reports),
            doubts(reports));
    for (String line : outcome.closing()) {
      err.println("heatmap: " + Terminal.clean(line));
    }
    if (seriesNote != null && !options.quiet()) {
      err.println("heatmap: " + Terminal.clean(seriesNote));
    }
    if (outcome.report() == null) {
      return outcome.status().code();
    }
    Report report =
        outcome
            .report()
            .withWrittenOffsets(dev.heatmap.grid.WrittenOffsets.of(totals.written).entries());
    String target = options.output();
    if (target == null) {
      format.renderer(render).render(report, out);
      out.flush();
    } else {
      try (OutputStream o = HadoopFiles.create(target, hadoop)) {
        format.renderer(render).render(report, o);
      }
    }
    timings.mark("rendering");
    if (options.flag("--timings")) {
      err.println(
          "heatmap: timings: "
              + timings
              + "; "
              + units
              + "; the tasks' reading took "
              + countingCpuNanos / 1_000_000
              + " ms of CPU");
    }
    return outcome.status().code();
  }

  /** The inputs' cautions, in input order, as the CLI's run gathers them for the report. */
  private static List<String> cautions(List<FileReport> reports) {
    List<String> cautions = new ArrayList<>();
    for (FileReport r : reports) {
      cautions.addAll(r.diagnostics().cautions());
    }
    return cautions;
  }

  /** How many of the inputs' cautions {@code --strict} fails on. */
  private static int doubts(List<FileReport> reports) {
    int doubts = 0;
    for (FileReport r : reports) {
      doubts += r.diagnostics().doubts();
    }
    return doubts;
  }

  /** Whether any input had values without an offset, read in the input zone (as the CLI says). */
  private static boolean anyLocalTimes(List<FileReport> reports) {
    for (FileReport r : reports) {
      if (r.diagnostics().localTimes()) {
        return true;
      }
    }
    return false;
  }

  /** As the CLI's run gathers them: up to three hints of inputs that gave no timestamp. */
  private static List<String> hints(List<FileReport> reports) {
    List<String> hints = new ArrayList<>();
    for (FileReport r : reports) {
      String hint = r.diagnostics().hint();
      if (r.counted() == 0 && hint != null && hints.size() < 3) {
        hints.add(r.diagnostics().source() + ": " + hint);
      }
    }
    return hints;
  }

  /** The job's counts: every usable unit's, and what to print about each file, in order. */
  private record Counting(JavaRDD<Counted> counted, Totals totals, List<FileReport> reports) {}

  /** What the driver prints about one file. */
  record FileReport(Diagnostics diagnostics, Counted.Failure error, long counted) {}

  /**
   * Counts every file: small ones whole, large ones in parts (see {@link Reading}), and again whole
   * those whose parts could not all be read without doubt.
   */
  private Counting count(List<InputFile> files, Reading reading) throws IOException {
    StorageLevel keep = StorageLevel.MEMORY_AND_DISK();
    JavaRDD<Counted> first =
        sc.parallelize(files, Math.max(1, files.size())).map(reading::first).persist(keep);
    List<Counted.Head> firstHeads = first.map(c -> c.head).collect();
    Counted.Head[] byFile = new Counted.Head[files.size()];
    List<Reading.Range> ranges = new ArrayList<>();
    for (Counted.Head h : firstHeads) {
      byFile[h.file()] = h;
      if (h.part() == 0 && h.read().usable() && h.sampleFilled()) {
        long[] cuts = h.cuts();
        for (int k = 1; k + 1 < cuts.length; k++) {
          ranges.add(new Reading.Range(files.get(h.file()), k, cuts[k], cuts[k + 1], h.sample()));
        }
      }
    }
    JavaRDD<Counted> rest =
        sc.parallelize(ranges, Math.max(1, ranges.size())).map(reading::range).persist(keep);
    List<Counted.Head> restHeads = ranges.isEmpty() ? List.of() : rest.map(c -> c.head).collect();
    List<List<Counted.Head>> partsOf = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      partsOf.add(new ArrayList<>());
    }
    for (Counted.Head h : restHeads) {
      partsOf.get(h.file()).add(h);
    }

    // Which units count: a file's whole read, or all its parts when every one of them was read
    // without doubt; the others are read whole again.
    Set<Long> usable = new HashSet<>();
    FileReport[] reports = new FileReport[files.size()];
    List<InputFile> again = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Counted.Head h = byFile[i];
      if (h.part() == Counted.WHOLE) {
        usable.add(Counted.key(i, Counted.WHOLE));
        reports[i] = new FileReport(h.diagnostics(), h.error(), h.counted());
        continue;
      }
      List<Counted.Head> parts = new ArrayList<>();
      parts.add(h);
      parts.addAll(partsOf.get(i));
      parts.sort(Comparator.comparingInt(Counted.Head::part));
      boolean ok = h.sampleFilled() && parts.size() == h.cuts().length - 1;
      for (Counted.Head p : parts) {
        ok &= p.read().usable();
      }
      if (!ok) {
        again.add(files.get(i));
        continue;
      }
      Diagnostics merged = h.diagnostics();
      long shift = h.read().lines();
      List<FileParts.Part> done = new ArrayList<>();
      done.add(part(h.read()));
      for (Counted.Head p : parts.subList(1, parts.size())) {
        merged.merge(p.diagnostics(), shift);
        shift += p.read().lines();
        done.add(part(p.read()));
      }
      for (Counted.Head p : parts) {
        usable.add(Counted.key(i, p.part()));
      }
      long counted = 0;
      for (Counted.Head p : parts) {
        counted += p.counted();
      }
      reports[i] =
          new FileReport(merged, Counted.Failure.of(reading.check(files.get(i), done)), counted);
    }
    JavaRDD<Counted> all = first.union(rest);
    if (!again.isEmpty()) {
      JavaRDD<Counted> whole =
          sc.parallelize(again, again.size()).map(reading::whole).persist(keep);
      for (Counted.Head h : whole.map(c -> c.head).collect()) {
        usable.add(Counted.key(h.file(), Counted.WHOLE));
        reports[h.file()] = new FileReport(h.diagnostics(), h.error(), h.counted());
      }
      // A re-read file's first unit was its first part: only the whole read counts now.
      for (InputFile f : again) {
        usable.remove(Counted.key(f.index(), 0));
      }
      all = all.union(whole);
    }
    JavaRDD<Counted> counted = all.filter(c -> usable.contains(c.key()));
    int wholeFiles = 0;
    for (Counted.Head h : firstHeads) {
      wholeFiles += h.part() == Counted.WHOLE ? 1 : 0;
    }
    units = new Units(wholeFiles, ranges.size() + firstHeads.size() - wholeFiles, again.size());
    if (timingsWanted) {
      countingCpuNanos = counted.map(c -> c.cpuNanos).fold(0L, Long::sum);
    }
    boolean inferTz = reading.inferTz();
    Totals totals =
        counted.treeAggregate(Totals.empty(inferTz), (t, c) -> t.add(c), (a, b) -> a.merge(b));
    return new Counting(counted, totals, List.of(reports));
  }

  private static FileParts.Part part(Counted.PartRead r) {
    return new FileParts.Part(r.complete(), r.lines(), r.records(), r.any());
  }

  /**
   * The groups as the report shows them, with the evidence of each (for its own zone inference) and
   * its days (for the calendar) when they were gathered.
   */
  private record Ranked(
      List<Tally.Group> groups, Map<String, TzEvidence> evidence, List<DayCounts> days) {}

  /**
   * The {@code top} largest groups, largest first (ties by name), then the rest folded into {@link
   * Tally#OTHER} placed by its own total, exactly as {@link Tally#groups(int)} ranks them but over
   * every name, with no first-seen cap; every shown group but "(other)" has its evidence.
   */
  private static Ranked rankGroups(JavaRDD<Counted> counted, int top, boolean calendar) {
    JavaPairRDD<String, GroupState> byName =
        counted
            .flatMapToPair(
                c -> {
                  List<Tuple2<String, GroupState>> list = new ArrayList<>(c.groups.size());
                  c.groups.forEach((name, g) -> list.add(new Tuple2<>(name, g)));
                  return list.iterator();
                })
            .reduceByKey((a, b) -> a.merge(b))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Tuple2<String, GroupState>> kept =
        byName.filter(t -> !t._1().equals(Tally.OTHER)).takeOrdered(top, new LargestFirst());
    Set<String> keptNames = new HashSet<>();
    for (Tuple2<String, GroupState> t : kept) {
      keptNames.add(t._1());
    }
    List<GroupState> rest =
        byName
            .filter(t -> !keptNames.contains(t._1()))
            .values()
            .map(g -> List.of(new GroupState(g.grid, null, g.days)))
            .fold(List.of(), HeatmapJob::mergeOne);
    byName.unpersist(false);
    List<Tally.Group> groups = new ArrayList<>();
    Map<String, TzEvidence> evidence = new LinkedHashMap<>();
    List<DayCounts> days = new ArrayList<>();
    for (Tuple2<String, GroupState> t : kept) {
      groups.add(new Tally.Group(t._1(), t._2().grid.grid()));
      if (t._2().evidence != null) {
        evidence.put(t._1(), t._2().evidence.evidence().evidence());
      }
      days.add(dayCounts(t._2().days));
    }
    if (!rest.isEmpty()) {
      WeekHourGrid other = rest.get(0).grid.grid();
      int at = 0;
      while (at < groups.size() && groups.get(at).grid().total() >= other.total()) {
        at++;
      }
      groups.add(at, new Tally.Group(Tally.OTHER, other));
      days.add(at, dayCounts(rest.get(0).days));
    }
    return new Ranked(groups, evidence, calendar ? days : null);
  }

  private static DayCounts dayCounts(DayState d) {
    return d == null ? new DayCounts() : d.days();
  }

  /** Merges two lists of at most one group: empty when neither had one (no group was left). */
  private static List<GroupState> mergeOne(List<GroupState> a, List<GroupState> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return List.of(a.get(0).mergeWithoutEvidence(b.get(0)));
  }

  /** Largest total first, ties by name: the order of {@link Tally#groups()}. */
  private static final class LargestFirst
      implements Comparator<Tuple2<String, GroupState>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<String, GroupState> a, Tuple2<String, GroupState> b) {
      int bySize = Long.compare(b._2().total(), a._2().total());
      return bySize != 0 ? bySize : a._1().compareTo(b._1());
    }
  }

  /**
   * Prints what the CLI prints about each input, in input order, then the skipped records' summary;
   * returns the worst exit code they call for.
   */
  private ExitCode printReports(
      List<FileReport> reports, JobOptions options, Map<SkipReason, Long> skips) {
    ExitCode status = ExitCode.OK;
    for (FileReport r : reports) {
      Diagnostics d = r.diagnostics();
      for (String n : d.noteLines(options.quiet(), reports.size() > 1)) {
        err.println("heatmap: " + Terminal.clean(n));
      }
      for (String m : d.messages()) {
        err.println("heatmap: " + Terminal.clean(m));
      }
      if (d.dropped() > 0) {
        err.println(
            "heatmap: "
                + Terminal.clean(d.source())
                + ": "
                + d.dropped()
                + " more problems not shown");
      }
      if (r.error() != null) {
        err.println("heatmap: " + Terminal.clean(r.error().message()));
        if (options.flag("--debug") && r.error().trace() != null) {
          err.print(r.error().trace());
        }
        status = status.worst(r.error().exitCode());
      }
      d.skips().forEach((reason, n) -> skips.merge(reason, n, Long::sum));
    }
    return status;
  }

  /**
   * How long each stage took, for {@code --timings}; the first stage, start-up, counts from the
   * JVM's start, so that it holds the Spark context's start too.
   */
  private static final class Timings {
    private final StringBuilder text = new StringBuilder();
    private long last = -1;

    void mark(String stage) {
      long now = System.nanoTime();
      long ms =
          last < 0
              ? System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()
              : (now - last) / 1_000_000;
      text.append(text.length() == 0 ? "" : ", ")
          .append(stage)
          .append(' ')
          .append(ms)
          .append(" ms");
      last = now;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
