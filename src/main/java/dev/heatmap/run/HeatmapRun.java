package dev.heatmap.run;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.TzInference;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.ZoneGuess;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.render.Report;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.Zones;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One run of the use case: read every source into one tally, infer the zone when asked, apply
 * {@code --strict}, and build the {@link Report}. What the command line and the Spark job both
 * call. It prints nothing: each input's result goes to the caller as it is read (to print its notes
 * and problems in input order), and the closing lines come back in the {@link Outcome}.
 */
public final class HeatmapRun {
  private HeatmapRun() {}

  /**
   * What to run.
   *
   * @param sources the inputs, in the order given
   * @param input how inputs are read
   * @param time how values become instants and cells
   * @param title the report's title
   * @param top how many groups are kept (the rest fold into "(other)")
   * @param weekStart the first row of the grid
   * @param hour12 whether hours are labelled 12-hour
   * @param inferTz whether to infer the actor's zone
   * @param strict whether a skipped record makes the run fail (exit 1, report still written)
   * @param parallelism how reading is spread over threads
   * @param progress counts what is read, from any thread
   */
  public record Request(
      List<Source> sources,
      InputConfig input,
      TimeConfig time,
      String title,
      int top,
      DayOfWeek weekStart,
      boolean hour12,
      boolean inferTz,
      boolean strict,
      Analysis.Parallelism parallelism,
      ReadProgress progress) {
    public Request {
      sources = List.copyOf(sources);
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(weekStart, "weekStart");
      Objects.requireNonNull(parallelism, "parallelism");
      Objects.requireNonNull(progress, "progress");
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("a run needs at least one source");
      }
      if (top < 0) {
        throw new IllegalArgumentException("top must be 0 or more");
      }
    }

    /** This request with {@code progress} counting what is read. */
    public Request withProgress(ReadProgress progress) {
      return new Request(
          sources,
          input,
          time,
          title,
          top,
          weekStart,
          hour12,
          inferTz,
          strict,
          parallelism,
          progress);
    }
  }

  /**
   * What came of a run.
   *
   * @param status the exit status: the worst of the inputs' and of {@code --strict}
   * @param report the report to write, or null when nothing was counted
   * @param closing the lines the user is told at the end (unescaped, without the "heatmap: "
   *     prefix): the skipped-records summary, the {@code --strict} failure, "no timestamp found"
   */
  public record Outcome(ExitCode status, Report report, List<String> closing) {
    public Outcome {
      closing = List.copyOf(closing);
    }
  }

  /** Runs {@code request}, handing each input's result to {@code onFile} in input order. */
  public static Outcome run(Request request, Consumer<Analysis.FileResult> onFile) {
    Analysis analysis =
        new Analysis(request.input(), request.time(), request.parallelism(), request.progress());
    ExitCode[] status = {ExitCode.OK};
    Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
    boolean[] localTimes = {false};
    analysis.readAll(
        request.sources(),
        result -> {
          if (result.failed()) {
            status[0] = status[0].worst(result.error().exitCode());
          }
          result.diagnostics().skips().forEach((reason, n) -> skips.merge(reason, n, Long::sum));
          localTimes[0] |= result.diagnostics().localTimes();
          onFile.accept(result);
        });
    List<String> closing = new ArrayList<>();
    if (!skips.isEmpty()) {
      closing.add(skipSummary(skips));
    }
    if (request.strict() && !skips.isEmpty()) {
      closing.add("--strict: records were skipped");
      status[0] = status[0].worst(ExitCode.INPUT);
    }
    WeekHourGrid overall = analysis.tally().overall();
    if (overall.total() == 0) {
      if (overall.filtered() > 0) {
        closing.add(allFiltered(overall, request.time().zone()));
        status[0] = status[0].worst(ExitCode.INPUT);
      } else if (status[0] == ExitCode.OK) {
        closing.add("no timestamp found in " + describe(request.sources()));
        status[0] = ExitCode.INPUT;
      }
      return new Outcome(status[0], null, closing);
    }
    if (request.input().groupBy() != null && noGroupValue(analysis.tally())) {
      closing.add(
          "--group-by \""
              + request.input().groupBy()
              + "\": no record has a value there, so every record is in "
              + Groups.NONE
              + (request.strict() ? "" : " (--strict makes this fail)"));
      if (request.strict()) {
        closing.add("--strict: no record has the --group-by field");
        status[0] = status[0].worst(ExitCode.INPUT);
      }
    }
    ZoneGuess inference = null;
    WeekHourGrid inferredGrid = null;
    if (request.inferTz()) {
      TzEvidence evidence = analysis.tally().evidence();
      inference = TzInference.infer(evidence);
      if (inference.best() != null) {
        int offset = ZoneOffset.of(inference.best()).getTotalSeconds();
        inferredGrid = TzInference.redraw(evidence, offset, analysis.tally().overall());
      }
    }
    Report report =
        new Report(
            request.title(),
            request.time().zoneLabel(),
            analysis.tally().overall(),
            analysis.tally().groups(request.top()),
            request.weekStart(),
            request.hour12(),
            inference,
            inferredGrid,
            localTimes[0] ? Zones.label(request.time().inputZone()) : null);
    return new Outcome(status[0], report, closing);
  }

  /** How many records were skipped and why: {@code skipped 3 records (2 empty value, …)}. */
  private static String skipSummary(Map<SkipReason, Long> skips) {
    long total = 0;
    StringBuilder why = new StringBuilder();
    for (Map.Entry<SkipReason, Long> e : skips.entrySet()) {
      total += e.getValue();
      why.append(why.length() == 0 ? "" : ", ").append(e.getValue()).append(' ');
      why.append(e.getKey().label());
    }
    return "skipped " + total + (total == 1 ? " record (" : " records (") + why + ")";
  }

  /**
   * Why nothing was counted when the range missed the data: {@code 16,823 timestamps read, all
   * outside --since/--until (data spans 2010-06-05 … 2023-01-11)}, the dates in the grid's zone
   * (the one --since and --until are read in).
   */
  static String allFiltered(WeekHourGrid grid, ZoneId zone) {
    long n = grid.filtered();
    String span = "";
    if (grid.firstSeen() != WeekHourGrid.NONE) {
      LocalDate from = Instant.ofEpochSecond(grid.firstSeen()).atZone(zone).toLocalDate();
      LocalDate to = Instant.ofEpochSecond(grid.lastSeen()).atZone(zone).toLocalDate();
      span = " (data spans " + from + (from.equals(to) ? "" : " … " + to) + ")";
    }
    return String.format(Locale.ROOT, "%,d", n)
        + (n == 1 ? " timestamp read, outside" : " timestamps read, all outside")
        + " --since/--until"
        + span;
  }

  /** Whether every counted record went to the group of records without a group value. */
  private static boolean noGroupValue(Tally tally) {
    for (Tally.Group g : tally.groups()) {
      if (!g.name().equals(Groups.NONE) && g.grid().total() > 0) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<Source> sources) {
    return sources.size() == 1 ? sources.get(0).name() : sources.size() + " inputs";
  }
}
