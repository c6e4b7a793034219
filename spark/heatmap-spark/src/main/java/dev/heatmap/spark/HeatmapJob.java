package dev.heatmap.spark;

import dev.heatmap.Analysis;
import dev.heatmap.ExitCode;
import dev.heatmap.HeatmapException;
import dev.heatmap.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.TzInference;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.ZoneGuess;
import dev.heatmap.input.Source;
import dev.heatmap.render.ColorDepth;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.Plotly;
import dev.heatmap.render.RenderOptions;
import dev.heatmap.render.Report;
import dev.heatmap.render.Template;
import dev.heatmap.render.Terminal;
import dev.heatmap.time.TimeConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
            Template.builtIn(), options.normalize(), ColorDepth.NONE, Plotly.pinned());
    TimeConfig time = options.timeConfig();
    timings.mark("start-up");

    List<String> listing = new ArrayList<>();
    List<InputFile> files = HadoopFiles.list(options.inputs, hadoop, listing);
    if (!options.quiet()) {
      for (String n : listing) {
        err.println("heatmap: " + Terminal.clean(n));
      }
    }
    timings.mark("listing");

    HadoopConf conf = new HadoopConf(hadoop);
    JavaRDD<InputFile> units = sc.parallelize(files, Math.max(1, files.size()));
    JavaRDD<Counted> counted =
        units.map(f -> count(f, options, conf)).persist(StorageLevel.MEMORY_AND_DISK());
    Totals totals =
        counted.treeAggregate(
            Totals.empty(options.inferTz()), (t, c) -> t.add(c), (a, b) -> a.merge(b));
    List<Counted.FileReport> reports = counted.map(c -> c.report).collect();
    timings.mark("counting");

    List<Tally.Group> groups = new ArrayList<>();
    if (options.groupBy() != null) {
      groups = rankGroups(counted, options.top());
    }
    counted.unpersist(false);
    timings.mark("groups");

    int status = printReports(reports, options);
    WeekHourGrid overall = totals.overall.grid();
    if (overall.total() == 0) {
      if (status != 0) {
        return status;
      }
      err.println(
          "heatmap: no timestamp found in "
              + Terminal.clean(files.size() == 1 ? files.get(0).name() : files.size() + " inputs"));
      return ExitCode.INPUT.code();
    }
    ZoneGuess inference = null;
    WeekHourGrid inferredGrid = null;
    if (options.inferTz()) {
      TzEvidence evidence = totals.evidence.evidence();
      inference = TzInference.infer(evidence);
      if (inference.best() != null) {
        int offset = ZoneOffset.of(inference.best()).getTotalSeconds();
        inferredGrid = TzInference.redraw(evidence, offset, overall);
      }
    }
    Report report =
        new Report(
            options.title(),
            time.zoneLabel(),
            overall,
            groups,
            options.weekStart(),
            options.hour12(),
            inference,
            inferredGrid);
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
      err.println("heatmap: timings: " + timings);
    }
    return status;
  }

  /** Counts one input, on an executor. */
  private static Counted count(InputFile file, JobOptions options, HadoopConf conf)
      throws IOException {
    TimeConfig time = options.timeConfig();
    Analysis analysis = new Analysis(options.inputConfig(), time);
    Tally tally = new Tally(time.zone(), time.inferTz(), Integer.MAX_VALUE);
    Source source = HadoopFiles.source(file, conf.get());
    return new Counted(file, analysis.read(source, tally), tally);
  }

  /**
   * The {@code top} largest groups, largest first (ties by name), then the rest folded into {@link
   * Tally#OTHER} placed by its own total, exactly as {@link Tally#groups(int)} ranks them but over
   * every name, with no first-seen cap.
   */
  private static List<Tally.Group> rankGroups(JavaRDD<Counted> counted, int top) {
    JavaPairRDD<String, GridState> byName =
        counted
            .flatMapToPair(
                c -> {
                  List<Tuple2<String, GridState>> list = new ArrayList<>(c.groups.size());
                  c.groups.forEach((name, g) -> list.add(new Tuple2<>(name, g)));
                  return list.iterator();
                })
            .reduceByKey((a, b) -> a.merge(b))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Tuple2<String, GridState>> kept =
        byName.filter(t -> !t._1().equals(Tally.OTHER)).takeOrdered(top, new LargestFirst());
    Set<String> keptNames = new HashSet<>();
    for (Tuple2<String, GridState> t : kept) {
      keptNames.add(t._1());
    }
    List<GridState> rest =
        byName
            .filter(t -> !keptNames.contains(t._1()))
            .values()
            .map(g -> List.of(g))
            .fold(List.of(), HeatmapJob::mergeOne);
    byName.unpersist(false);
    List<Tally.Group> groups = new ArrayList<>();
    for (Tuple2<String, GridState> t : kept) {
      groups.add(new Tally.Group(t._1(), t._2().grid()));
    }
    if (!rest.isEmpty()) {
      WeekHourGrid other = rest.get(0).grid();
      int at = 0;
      while (at < groups.size() && groups.get(at).grid().total() >= other.total()) {
        at++;
      }
      groups.add(at, new Tally.Group(Tally.OTHER, other));
    }
    return groups;
  }

  /** Merges two lists of at most one grid: empty when neither had one (no group was left). */
  private static List<GridState> mergeOne(List<GridState> a, List<GridState> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return List.of(a.get(0).merge(b.get(0)));
  }

  /** Largest total first, ties by name: the order of {@link Tally#groups()}. */
  private static final class LargestFirst
      implements Comparator<Tuple2<String, GridState>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<String, GridState> a, Tuple2<String, GridState> b) {
      int bySize = Long.compare(b._2().total(), a._2().total());
      return bySize != 0 ? bySize : a._1().compareTo(b._1());
    }
  }

  /**
   * Prints what the CLI prints about each input, in input order, then the skipped records' summary;
   * returns the worst exit code they call for.
   */
  private int printReports(List<Counted.FileReport> reports, JobOptions options) {
    List<Counted.FileReport> ordered = new ArrayList<>(reports);
    ordered.sort(Comparator.comparingInt(r -> r.index));
    int status = 0;
    long[] skips = new long[SkipReason.values().length];
    for (Counted.FileReport r : ordered) {
      for (String n : options.quiet() ? r.cautions : r.notes) {
        err.println("heatmap: " + Terminal.clean(n));
      }
      for (String m : r.messages) {
        err.println("heatmap: " + Terminal.clean(m));
      }
      if (r.dropped > 0) {
        err.println(
            "heatmap: " + Terminal.clean(r.source) + ": " + r.dropped + " more problems not shown");
      }
      if (r.error != null) {
        err.println("heatmap: " + Terminal.clean(r.error));
        if (options.flag("--debug") && r.trace != null) {
          err.print(r.trace);
        }
        status = worst(status, r.exitCode);
      }
      for (int i = 0; i < skips.length; i++) {
        skips[i] += r.skips[i];
      }
    }
    long total = 0;
    StringBuilder why = new StringBuilder();
    for (SkipReason reason : SkipReason.values()) {
      long n = skips[reason.ordinal()];
      if (n > 0) {
        total += n;
        why.append(why.length() == 0 ? "" : ", ").append(n).append(' ').append(reason.label());
      }
    }
    if (total > 0) {
      err.println(
          "heatmap: skipped " + total + (total == 1 ? " record (" : " records (") + why + ")");
      if (options.flag("--strict")) {
        err.println("heatmap: --strict: records were skipped");
        status = worst(status, ExitCode.INPUT.code());
      }
    }
    return status;
  }

  private static int worst(int a, int b) {
    return Math.max(a, b);
  }

  /** How long each stage took, for {@code --timings}. */
  private static final class Timings {
    private final StringBuilder text = new StringBuilder();
    private long last = System.nanoTime();

    void mark(String stage) {
      long now = System.nanoTime();
      text.append(text.length() == 0 ? "" : ", ")
          .append(stage)
          .append(' ')
          .append((now - last) / 1_000_000)
          .append(" ms");
      last = now;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
