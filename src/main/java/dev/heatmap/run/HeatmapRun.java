package dev.heatmap.run;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.grid.TzEvidence;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.WrittenOffsets;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.grid.infer.TzInference;
import dev.heatmap.grid.infer.ZoneGuess;
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
import java.util.LinkedHashMap;
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
   * @param calendar whether the report gets the day-by-day calendar
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
      ReadProgress progress,
      CalendarMode calendar) {
    public Request {
      Objects.requireNonNull(calendar, "calendar");
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

    /** A request without the calendar. */
    public Request(
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
      this(
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
          progress,
          CalendarMode.OFF);
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
          progress,
          calendar);
    }
  }

  /** Whether a report gets the day-by-day calendar. */
  public enum CalendarMode {
    /** No calendar, and no counting per day. */
    OFF,
    /** The calendar when the range spans three weeks or more (HTML's default). */
    LONG_RANGES,
    /** Always ({@code --calendar}). */
    ON
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
        new Analysis(
            request.input(),
            request.time(),
            request.parallelism(),
            request.progress(),
            request.calendar() != CalendarMode.OFF);
    ExitCode[] status = {ExitCode.OK};
    Map<SkipReason, Long> skips = new EnumMap<>(SkipReason.class);
    List<String> hints = new ArrayList<>();
    boolean[] localTimes = {false};
    List<String> cautions = new ArrayList<>();
    int[] doubts = {0};
    analysis.readAll(
        request.sources(),
        result -> {
          if (result.failed()) {
            status[0] = status[0].worst(result.error().exitCode());
          }
          result.diagnostics().skips().forEach((reason, n) -> skips.merge(reason, n, Long::sum));
          if (result.counted() == 0 && result.diagnostics().hint() != null && hints.size() < 3) {
            hints.add(result.source() + ": " + result.diagnostics().hint());
          }
          localTimes[0] |= result.diagnostics().localTimes();
          cautions.addAll(result.diagnostics().cautions());
          doubts[0] += result.diagnostics().doubts();
          onFile.accept(result);
        });
    Tally tally = analysis.tally();
    List<Tally.Group> groups =
        tally.overall().total() == 0 ? List.of() : tally.groups(request.top());
    Tally.GroupCap cap = tally.cap(groups);
    boolean[] changed = {false};
    if (cap != null && !cap.certain() && rereadable(request.sources())) {
      Tally again = recount(request, tally);
      if (again == null) {
        changed[0] = true;
      } else {
        tally = again;
        groups = tally.groups(request.top());
        cap = tally.cap(groups);
      }
    }
    Map<String, TzEvidence> groupEvidence = new LinkedHashMap<>();
    if (request.inferTz()) {
      for (Tally.Group g : groups) {
        TzEvidence e = tally.evidence(g.name());
        if (e != null) {
          groupEvidence.put(g.name(), e);
        }
      }
    }
    Outcome outcome =
        conclude(
            request,
            status[0],
            skips,
            new Counts(
                tally.overall(),
                groups,
                tally.evidence(),
                groupEvidence,
                tally.days(),
                tally.days() == null ? null : tally.groupDays(groups),
                tally.weighted() ? tally.bucketSeconds() : Counts.NOT_PRE_AGGREGATED,
                tally.writtenOffsets()),
            hints,
            localTimes[0] ? Zones.label(request.time().inputZone()) : null,
            cautions,
            doubts[0]);
    if (cap == null || outcome.report() == null) {
      return outcome;
    }
    List<String> closing = new ArrayList<>(outcome.closing());
    closing.add(capLine(cap, request.sources(), changed[0]));
    return new Outcome(outcome.status(), outcome.report().withGroupCap(cap), closing);
  }

  /** Whether every source is a regular file, which a second pass can read again. */
  private static boolean rereadable(List<Source> sources) {
    for (Source s : sources) {
      if (s.path() == null || !java.nio.file.Files.isRegularFile(s.path())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the inputs a second time, counting exactly the groups the first pass ended with; null
   * when the second pass did not see what the first saw (a file that grew or changed between the
   * passes), in which case the first pass's counts stand with their doubt.
   */
  private static Tally recount(Request request, Tally first) {
    Analysis again =
        new Analysis(
            request.input(),
            request.time(),
            request.parallelism(),
            dev.heatmap.input.extract.ReadProgress.NONE,
            request.calendar() != CalendarMode.OFF,
            first.recountNames());
    again.readAll(request.sources(), result -> {});
    Tally second = again.tally();
    WeekHourGrid a = first.overall();
    WeekHourGrid b = second.overall();
    if (a.total() != b.total() || a.skipped() != b.skipped() || a.filtered() != b.filtered()) {
      return null;
    }
    second.carryFoldings(first);
    return second;
  }

  /** The closing line that says what the group cap did, and whether any doubt remains. */
  static String capLine(Tally.GroupCap cap, List<Source> sources, boolean changed) {
    String head =
        "--group-by: more than "
            + String.format(Locale.ROOT, "%,d", cap.limit())
            + " distinct values; "
            + (cap.foldings() == 1
                ? "1 group"
                : String.format(Locale.ROOT, "%,d", cap.foldings()) + " groups")
            + " of at most "
            + cap.foldedAtMost()
            + (cap.foldedAtMost() == 1 ? " record" : " records")
            + " each folded into "
            + Tally.OTHER
            + " to make room";
    if (cap.certain()) {
      return head + (cap.recounted() ? "; counted again: " : "; ") + "the groups shown are exact";
    }
    StringBuilder why = new StringBuilder(head).append("; the groups shown may not be exact (");
    if (cap.inexact() > 0) {
      why.append(cap.inexact())
          .append(cap.inexact() == 1 ? " group" : " groups")
          .append(" may miss records counted in ")
          .append(Tally.OTHER)
          .append(", shown as \"missing_at_most\" in -f json");
    }
    if (cap.outranked()) {
      why.append(cap.inexact() > 0 ? "; " : "")
          .append("a value in ")
          .append(Tally.OTHER)
          .append(" may have up to ")
          .append(cap.foldedAtMost())
          .append(" records, more than the smallest group shown");
    }
    why.append(')');
    if (changed) {
      why.append("; an input changed while it was counted again, so the first count stands");
    } else if (!cap.recounted()) {
      boolean stdin = false;
      for (Source s : sources) {
        stdin |= s.isStdin();
      }
      why.append(
          stdin
              ? "; standard input cannot be read twice: give the input as a file to count exactly"
              : "; a pipe cannot be read twice: give the input as a regular file to count exactly");
    }
    return why.toString();
  }

  /**
   * What the inputs counted, merged, as a report is built from it: by a run's own tally, or by a
   * Spark job's tasks.
   *
   * @param overall the overall grid
   * @param groups the groups as the report shows them: the top ones, then "(other)"
   * @param evidence the evidence for the zone inference over every record, or null when not
   *     inferring
   * @param groupEvidence the evidence of the shown groups that have it, by name (empty when not
   *     inferring); each gets its own inference, in the groups' order
   * @param days the events per local day, or null when the calendar is not gathered
   * @param groupDays the events per local day of each of {@code groups}, in its order ("(other)"
   *     holding every group not shown; null for a group without a row of its own, past {@link
   *     Tally#MAX_DAY_GROUPS}), or null when the calendar is not gathered
   * @param bucketSeconds for pre-aggregated input ({@code --count-field}), what every counted
   *     timestamp is a multiple of ({@link Tally#bucketSeconds}: 3600, 900, or 0 when some is on no
   *     quarter-hour); {@link #NOT_PRE_AGGREGATED} when no record counted several events
   * @param written the UTC offsets written in the values, counted; null when not counted (the
   *     report then has no {@code written_offsets})
   */
  public record Counts(
      WeekHourGrid overall,
      List<Tally.Group> groups,
      TzEvidence evidence,
      Map<String, TzEvidence> groupEvidence,
      DayCounts days,
      List<DayCounts> groupDays,
      int bucketSeconds,
      WrittenOffsets written) {
    /** {@link #bucketSeconds} of input whose records are one event each. */
    public static final int NOT_PRE_AGGREGATED = -1;

    /** Counts of input whose records are one event each. */
    public Counts(
        WeekHourGrid overall,
        List<Tally.Group> groups,
        TzEvidence evidence,
        Map<String, TzEvidence> groupEvidence,
        DayCounts days,
        List<DayCounts> groupDays) {
      this(overall, groups, evidence, groupEvidence, days, groupDays, NOT_PRE_AGGREGATED, null);
    }

    /** Counts whose written offsets were not counted. */
    public Counts(
        WeekHourGrid overall,
        List<Tally.Group> groups,
        TzEvidence evidence,
        Map<String, TzEvidence> groupEvidence,
        DayCounts days,
        List<DayCounts> groupDays,
        int bucketSeconds) {
      this(overall, groups, evidence, groupEvidence, days, groupDays, bucketSeconds, null);
    }

    public Counts {
      Objects.requireNonNull(overall, "overall");
      groups = List.copyOf(groups);
      groupEvidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupEvidence));
      if (groupDays != null && groupDays.size() != groups.size()) {
        throw new IllegalArgumentException("one day count per group");
      }
      // A group without a calendar row of its own (past Tally.MAX_DAY_GROUPS) is null here.
      groupDays =
          groupDays == null
              ? null
              : java.util.Collections.unmodifiableList(new ArrayList<>(groupDays));
    }
  }

  /**
   * The end of a run whose inputs were counted elsewhere (a Spark job's tasks, merged), with every
   * part of the report: the closing lines, {@code --strict}, the zone inference overall and per
   * group, the calendar and the report, exactly as {@link #run} ends.
   *
   * @param anyLocalTimes whether some input had values without an offset (from their diagnostics):
   *     the report then names the zone those were read in, as the CLI's does
   */
  public static Outcome conclude(
      Request request,
      ExitCode status,
      Map<SkipReason, Long> skips,
      Counts counts,
      List<String> hints,
      boolean anyLocalTimes) {
    return conclude(
        request,
        status,
        skips,
        counts,
        hints,
        anyLocalTimes ? Zones.label(request.time().inputZone()) : null,
        List.of(),
        0);
  }

  /**
   * {@link #conclude(Request, ExitCode, Map, Counts, List, boolean)} with the inputs' {@code
   * cautions} (from their diagnostics, in input order), shown in the report, and how many of them
   * say the grid may be wrong ({@code doubts}, which {@code --strict} fails on), as {@link #run}
   * gathers them.
   */
  public static Outcome conclude(
      Request request,
      ExitCode status,
      Map<SkipReason, Long> skips,
      Counts counts,
      List<String> hints,
      boolean anyLocalTimes,
      List<String> cautions,
      int doubts) {
    return conclude(
        request,
        status,
        skips,
        counts,
        hints,
        anyLocalTimes ? Zones.label(request.time().inputZone()) : null,
        cautions,
        doubts);
  }

  /**
   * The end of a run whose inputs were counted elsewhere (a Spark job's tasks, merged): the closing
   * lines, {@code --strict}, the zone inference and the report, exactly as {@link #run} ends.
   *
   * @param request what was run (its sources name the inputs in "no timestamp found")
   * @param status the worst exit status of the inputs' results
   * @param skips the skipped records of all inputs, by reason
   * @param overall the merged overall grid
   * @param groups the groups as the report shows them: the top ones, then "(other)"
   * @param evidence the merged evidence for the zone inference, or null when not inferring
   * @param hints up to three hints of inputs that gave no timestamp ({@code file: hint}), said
   *     after "no timestamp found"
   */
  public static Outcome conclude(
      Request request,
      ExitCode status,
      Map<SkipReason, Long> skips,
      WeekHourGrid overall,
      List<Tally.Group> groups,
      TzEvidence evidence,
      List<String> hints) {
    return conclude(
        request,
        status,
        skips,
        new Counts(overall, groups, evidence, Map.of(), null, null),
        hints,
        (String) null,
        List.of(),
        0);
  }

  /**
   * {@link #conclude(Request, ExitCode, Map, WeekHourGrid, List, TzEvidence, List)} for inputs of
   * which some had values without an offset ({@code anyLocalTimes}, from their diagnostics): the
   * report then names the zone those were read in, as the CLI's does.
   */
  public static Outcome conclude(
      Request request,
      ExitCode status,
      Map<SkipReason, Long> skips,
      WeekHourGrid overall,
      List<Tally.Group> groups,
      TzEvidence evidence,
      List<String> hints,
      boolean anyLocalTimes) {
    return conclude(
        request,
        status,
        skips,
        new Counts(overall, groups, evidence, Map.of(), null, null),
        hints,
        anyLocalTimes);
  }

  /**
   * {@link #conclude(Request, ExitCode, Map, Counts, List, boolean)}; {@code inputTimezone} names
   * the zone values without an offset were read in (null when none was); {@code cautions} are the
   * inputs' cautions, shown in the report, and {@code doubts} how many of them {@code --strict}
   * fails on.
   */
  private static Outcome conclude(
      Request request,
      ExitCode status,
      Map<SkipReason, Long> skips,
      Counts counts,
      List<String> hints,
      String inputTimezone,
      List<String> cautions,
      int doubts) {
    WeekHourGrid overall = counts.overall();
    List<Tally.Group> groups = counts.groups();
    TzEvidence evidence = counts.evidence();
    ExitCode worst = status;
    List<String> closing = new ArrayList<>();
    if (counts.bucketSeconds() != Counts.NOT_PRE_AGGREGATED && overall.total() > 0) {
      String refused = Buckets.check(request, counts.bucketSeconds(), overall, closing);
      if (refused != null) {
        closing.add(refused);
        return new Outcome(worst.worst(ExitCode.INPUT), null, closing);
      }
    }
    if (!skips.isEmpty()) {
      closing.add(skipSummary(skips));
    }
    if (request.strict() && !skips.isEmpty()) {
      closing.add("--strict: records were skipped");
      worst = worst.worst(ExitCode.INPUT);
    }
    if (request.strict() && doubts > 0) {
      closing.add(
          "--strict: "
              + doubts
              + (doubts == 1 ? " caution says" : " cautions say")
              + " the grid may be wrong (see above)");
      worst = worst.worst(ExitCode.INPUT);
    }
    if (overall.total() == 0) {
      if (overall.filtered() > 0) {
        closing.add(allFiltered(overall, request.time().zone()));
        worst = worst.worst(ExitCode.INPUT);
      } else if (worst == ExitCode.OK) {
        closing.add("no timestamp found in " + describe(request.sources()));
        closing.addAll(hints); // what the first line looks like, and what to try next
        worst = ExitCode.INPUT;
      }
      return new Outcome(worst, null, closing);
    }
    if (request.input().groupBy() != null && noGroupValue(groups)) {
      closing.add(
          "--group-by \""
              + request.input().groupBy()
              + "\": no record has a value there, so every record is in "
              + Groups.NONE
              + (request.strict() ? "" : " (--strict makes this fail)"));
      if (request.strict()) {
        closing.add("--strict: no record has the --group-by field");
        worst = worst.worst(ExitCode.INPUT);
      }
    }
    ZoneGuess inference = null;
    WeekHourGrid inferredGrid = null;
    if (request.inferTz()) {
      inference = TzInference.infer(evidence);
      if (inference.best() != null) {
        int offset = ZoneOffset.of(inference.best()).getTotalSeconds();
        inferredGrid = TzInference.redraw(evidence, offset, overall);
      }
    }
    Report report =
        new Report(
            request.title(),
            request.time().zoneLabel(),
            overall,
            groups,
            request.weekStart(),
            request.hour12(),
            inference,
            inferredGrid,
            request.inferTz() ? groupInference(counts.groupEvidence(), groups) : Map.of());
    if (inputTimezone != null) {
      report = report.withInputTimezone(inputTimezone);
    }
    if (!cautions.isEmpty()) {
      report = report.withCautions(cautions);
    }
    if (counts.written() != null) {
      report = report.withWrittenOffsets(counts.written().entries());
      if (request.time().drawWritten()) {
        long withOffset = counts.written().total();
        long without = overall.total() - withOffset;
        closing.add(
            "--tz written: "
                + withOffset
                + " records drawn at the UTC offset written in them"
                + (without == 0
                    ? ""
                    : ", "
                        + without
                        + " without one drawn in "
                        + Zones.label(request.time().inputZone())));
      }
    }
    if (counts.days() != null) {
      report =
          Calendars.add(
              report, counts.days(), counts.groupDays(), request.calendar(), inference, closing);
    }
    return new Outcome(worst, report, closing);
  }

  /**
   * The time-zone guess of every shown group whose evidence was gathered, in the groups' order;
   * groups with too little evidence get the guess that says so.
   */
  private static Map<String, ZoneGuess> groupInference(
      Map<String, TzEvidence> byName, List<Tally.Group> groups) {
    List<String> names = new ArrayList<>();
    List<TzEvidence> evidence = new ArrayList<>();
    for (Tally.Group g : groups) {
      TzEvidence e = byName.get(g.name());
      if (e != null) {
        names.add(g.name());
        evidence.add(e);
      }
    }
    List<ZoneGuess> guesses = TzInference.inferEach(evidence);
    Map<String, ZoneGuess> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), guesses.get(i));
    }
    return map;
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
  private static boolean noGroupValue(List<Tally.Group> groups) {
    for (Tally.Group g : groups) {
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
