package dev.heatmap.render;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.WeekHourGrid;
import dev.heatmap.grid.WrittenOffsets;
import dev.heatmap.grid.calendar.CalendarView;
import dev.heatmap.grid.infer.ZoneGuess;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a renderer draws: the model every output format is written from, so that all of them
 * say the same thing. Grids are always stored Monday first; {@link #weekStart} only changes the
 * order in which renderers show the rows.
 *
 * @param title the report's title (untrusted: it may come from a file name)
 * @param timezone the zone the grid is drawn in, as reports label it ({@code UTC}, {@code
 *     America/New_York}, {@code +05:30})
 * @param grid the overall grid
 * @param groups one grid per group, largest first; empty when not grouping
 * @param weekStart the first row: Monday or Sunday
 * @param hour12 label hours 12-hour style (12 AM … 11 PM) instead of 0–23
 * @param inference the time-zone guess when asked for ({@code --infer-tz}), else null
 * @param inferredGrid the grid redrawn in the best inferred offset, else null
 * @param groupInference the time-zone guess of each group with evidence enough, by group name
 *     ({@code --infer-tz --group-by}); empty otherwise
 * @param calendar the day-by-day calendar ({@code --calendar}, or HTML over three weeks or more),
 *     else null
 * @param inputTimezone the zone values without an offset were read in, as reports label it, or null
 *     when every value carried its offset (or was an epoch number)
 * @param groupCap what the cap on distinct groups did (groups folded to make room, and whether any
 *     doubt remains about the groups shown), or null when it never acted
 * @param cautions the choices the user should check, as stderr said them ({@code file: what},
 *     unescaped), in input order; every format shows them near its summary, so that a report read
 *     without its run's stderr still says what it is unsure of
 * @param writtenOffsets the UTC offsets the values' own text carried, most records first; empty
 *     when none carried one; null when they were not counted (a report built elsewhere than from a
 *     tally)
 */
public record Report(
    String title,
    String timezone,
    WeekHourGrid grid,
    List<Tally.Group> groups,
    DayOfWeek weekStart,
    boolean hour12,
    ZoneGuess inference,
    WeekHourGrid inferredGrid,
    Map<String, ZoneGuess> groupInference,
    CalendarView calendar,
    String inputTimezone,
    Tally.GroupCap groupCap,
    List<String> cautions,
    List<WrittenOffsets.Entry> writtenOffsets) {
  public Report {
    writtenOffsets = writtenOffsets == null ? null : List.copyOf(writtenOffsets);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(weekStart, "weekStart");
    if (weekStart != DayOfWeek.MONDAY && weekStart != DayOfWeek.SUNDAY) {
      throw new IllegalArgumentException("the week starts on Monday or Sunday");
    }
    groups = List.copyOf(groups);
    groupInference = Collections.unmodifiableMap(new LinkedHashMap<>(groupInference));
    cautions = List.copyOf(cautions);
  }

  /**
   * A report with no cautions, on which the group cap never acted, whose written offsets were not
   * counted.
   */
  public Report(
      String title,
      String timezone,
      WeekHourGrid grid,
      List<Tally.Group> groups,
      DayOfWeek weekStart,
      boolean hour12,
      ZoneGuess inference,
      WeekHourGrid inferredGrid,
      Map<String, ZoneGuess> groupInference,
      CalendarView calendar,
      String inputTimezone) {
    this(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        null,
        List.of(),
        null);
  }

  /** A report of values that all carried their offset. */
  public Report(
      String title,
      String timezone,
      WeekHourGrid grid,
      List<Tally.Group> groups,
      DayOfWeek weekStart,
      boolean hour12,
      ZoneGuess inference,
      WeekHourGrid inferredGrid,
      Map<String, ZoneGuess> groupInference,
      CalendarView calendar) {
    this(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        (String) null);
  }

  /** A report with no per-group inference. */
  public Report(
      String title,
      String timezone,
      WeekHourGrid grid,
      List<Tally.Group> groups,
      DayOfWeek weekStart,
      boolean hour12,
      ZoneGuess inference,
      WeekHourGrid inferredGrid) {
    this(title, timezone, grid, groups, weekStart, hour12, inference, inferredGrid, Map.of(), null);
  }

  /** A report without a calendar. */
  public Report(
      String title,
      String timezone,
      WeekHourGrid grid,
      List<Tally.Group> groups,
      DayOfWeek weekStart,
      boolean hour12,
      ZoneGuess inference,
      WeekHourGrid inferredGrid,
      Map<String, ZoneGuess> groupInference) {
    this(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        null);
  }

  /** This report with {@code calendar}. */
  public Report withCalendar(CalendarView calendar) {
    return new Report(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        groupCap,
        cautions,
        writtenOffsets);
  }

  /** This report, saying that values without an offset were read in {@code inputTimezone}. */
  public Report withInputTimezone(String inputTimezone) {
    return new Report(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        groupCap,
        cautions,
        writtenOffsets);
  }

  /**
   * The most groups the HTML and SVG reports draw a grid of (and a calendar row of): past it a
   * browser spends seconds and hundreds of MB on a page no one can read; the others are listed by
   * name and count in HTML, and every group is in the JSON, CSV, Markdown and text reports.
   */
  public static final int MAX_DRAWN_GROUPS = 200;

  /** The groups the HTML and SVG reports draw: the first {@link #MAX_DRAWN_GROUPS}. */
  public List<Tally.Group> drawnGroups() {
    return groups.size() <= MAX_DRAWN_GROUPS ? groups : groups.subList(0, MAX_DRAWN_GROUPS);
  }

  /** This report, saying what the cap on distinct groups did. */
  public Report withGroupCap(Tally.GroupCap groupCap) {
    return new Report(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        groupCap,
        cautions,
        writtenOffsets);
  }

  /** This report with {@code cautions} ({@code file: what}, unescaped) shown near its summary. */
  public Report withCautions(List<String> cautions) {
    return new Report(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        groupCap,
        cautions,
        writtenOffsets);
  }

  /** This report, with the UTC offsets the values' own text carried. */
  public Report withWrittenOffsets(List<WrittenOffsets.Entry> writtenOffsets) {
    return new Report(
        title,
        timezone,
        grid,
        groups,
        weekStart,
        hour12,
        inference,
        inferredGrid,
        groupInference,
        calendar,
        inputTimezone,
        groupCap,
        cautions,
        writtenOffsets);
  }

  /**
   * The written offsets in words, {@code +03:00 (1,204), +02:00 (96)}, the first {@code max} of
   * them and how many more; null when no value carried one.
   */
  public String writtenOffsetsText(int max) {
    if (writtenOffsets == null || writtenOffsets.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < writtenOffsets.size() && i < max; i++) {
      WrittenOffsets.Entry e = writtenOffsets.get(i);
      sb.append(i == 0 ? "" : ", ")
          .append(e.offset())
          .append(" (")
          .append(String.format(java.util.Locale.ROOT, "%,d", e.count()))
          .append(')');
    }
    if (writtenOffsets.size() > max) {
      sb.append(" and ").append(writtenOffsets.size() - max).append(" more");
    }
    return sb.toString();
  }

  /**
   * Whether the grid redrawn in the best inferred offset is worth drawing: there is one, and its
   * cells differ from the main grid's (they do not when the grid is already drawn in that offset).
   */
  public boolean showsInferredGrid() {
    return inferredGrid != null
        && inference != null
        && inference.best() != null
        && !java.util.Arrays.equals(inferredGrid.counts(), grid.counts());
  }

  /** A report with the defaults: Monday first, 24-hour labels, no inference. */
  public Report(String title, String timezone, WeekHourGrid grid, List<Tally.Group> groups) {
    this(title, timezone, grid, groups, DayOfWeek.MONDAY, false, null, null);
  }

  /** The weekday names, Monday first (the grid's storage order). */
  public static final List<String> DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** The grid day index (0 = Monday) shown in row {@code row} given {@link #weekStart}. */
  public int dayAtRow(int row) {
    return weekStart == DayOfWeek.SUNDAY ? (row + 6) % 7 : row;
  }

  /** The day names in row order. */
  public List<String> days() {
    String[] names = new String[7];
    for (int r = 0; r < 7; r++) {
      names[r] = DAYS.get(dayAtRow(r));
    }
    return List.of(names);
  }
}
