package dev.heatmap.grid;

import dev.heatmap.core.GroupNames;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.time.InstantSink;
import dev.heatmap.time.ZoneBinner;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts instants into the overall grid and, when grouping, one grid per group, in one zone. One
 * tally per worker; {@link #merge} combines them.
 *
 * <p>Groups are kept in the order their names were first seen, and past {@link #MAX_GROUPS} new
 * names fold into {@link #OTHER}; merging a worker's tally admits its names in its order by the
 * same rule, so merging the tallies of consecutive parts of the input, in input order, gives the
 * groups that counting the whole input in one tally gives, unless a part's own tally had to fold
 * names ({@link #overflowed}): then that part must be counted again straight into the merged one.
 */
public final class Tally implements InstantSink {
  private final ZoneId zone;
  private final ZoneBinner binner;
  private final WeekHourGrid overall = new WeekHourGrid();
  private final Map<String, WeekHourGrid> groups = new LinkedHashMap<>();
  private final TzEvidence evidence;
  // Per-group evidence for --infer-tz --group-by, for the first maxEvidenceGroups names.
  private final Map<String, CompactEvidence> groupEvidence;
  private final int maxEvidenceGroups;
  private final DayCounts days;
  // One entry per group seen: its day counts, or NOT_COUNTED past MAX_DAY_GROUPS.
  private final Map<String, DayCounts> groupDays;
  private int dayGroups;
  private final int maxGroups;
  private boolean overflowed;
  // The 15-minute UTC series per group ("" when not grouping), for --emit-series; null if not.
  private Map<String, QuarterSeries> series;
  // Pre-aggregated input: whether any record was, and whether a timestamp was off the quarter-hour
  // or the hour (the bucket is what every timestamp is a multiple of).
  private boolean weighted;
  private boolean offQuarter;
  private boolean offHour;

  public Tally(ZoneId zone) {
    this(zone, false);
  }

  /** A tally that also gathers the evidence for {@code --infer-tz} when {@code inferTz}. */
  public Tally(ZoneId zone, boolean inferTz) {
    this(zone, inferTz, false, MAX_GROUPS);
  }

  /**
   * A tally that also gathers the evidence for {@code --infer-tz} when {@code inferTz}, and the
   * events per local day (overall and per group) for the calendar when {@code calendar}.
   */
  public Tally(ZoneId zone, boolean inferTz, boolean calendar) {
    this(zone, inferTz, calendar, MAX_GROUPS);
  }

  /**
   * A tally that counts up to {@code maxGroups} distinct groups one by one before folding new names
   * into {@link #OTHER}: {@link Integer#MAX_VALUE} for a worker whose groups are merged and ranked
   * elsewhere (a Spark job's task), which then never folds.
   */
  public Tally(ZoneId zone, boolean inferTz, int maxGroups) {
    this(zone, inferTz, false, maxGroups);
  }

  /** A tally with every choice given: evidence, days, and how many groups are counted apart. */
  public Tally(ZoneId zone, boolean inferTz, boolean calendar, int maxGroups) {
    this(zone, inferTz, calendar, maxGroups, MAX_EVIDENCE_GROUPS);
  }

  /**
   * A tally with every choice given, and how many groups' evidence is gathered: {@link
   * Integer#MAX_VALUE} for a worker whose groups are ranked elsewhere (a Spark job's task), which
   * then gathers every group's, in its compact form.
   */
  public Tally(
      ZoneId zone, boolean inferTz, boolean calendar, int maxGroups, int maxEvidenceGroups) {
    if (maxGroups < 1 || maxEvidenceGroups < 1) {
      throw new IllegalArgumentException("maxGroups and maxEvidenceGroups must be positive");
    }
    this.maxEvidenceGroups = maxEvidenceGroups;
    this.zone = zone;
    this.binner = new ZoneBinner(zone);
    this.evidence = inferTz ? new TzEvidence() : null;
    this.groupEvidence = inferTz ? new LinkedHashMap<>() : null;
    this.days = calendar ? new DayCounts() : null;
    this.groupDays = calendar ? new LinkedHashMap<>() : null;
    this.maxGroups = maxGroups;
  }

  /** An empty tally that counts as this one does: the same zone, evidence, days, series, caps. */
  public Tally like() {
    Tally t = new Tally(zone, evidence != null, days != null, maxGroups, maxEvidenceGroups);
    if (series != null) {
      t.gatherSeries();
    }
    return t;
  }

  /**
   * Makes this tally also count the events per UTC quarter-hour of each group (a Spark job's {@code
   * --emit-series}); called before anything is counted.
   */
  public void gatherSeries() {
    if (series == null) {
      series = new LinkedHashMap<>();
    }
  }

  /**
   * The events per UTC quarter-hour of each group as counted here, by name ({@code ""} for the
   * records of an input that is not grouped); null when not gathered.
   */
  public Map<String, QuarterSeries> series() {
    return series;
  }

  @Override
  public void instant(long epochSecond, String group) {
    // Hot path: one cell computation, two array increments when not grouping.
    int cell = binner.cell(epochSecond);
    overall.add(cell, epochSecond);
    if (evidence != null) {
      evidence.add(epochSecond);
    }
    if (group != null) {
      group(group).add(cell, epochSecond);
      if (groupEvidence != null) {
        CompactEvidence e = groupEvidence(group);
        if (e != null) {
          e.add(epochSecond);
        }
      }
    }
    if (days != null) {
      countDay(epochSecond, group);
    }
    if (series != null) {
      series.computeIfAbsent(group == null ? "" : group, k -> new QuarterSeries()).add(epochSecond);
    }
  }

  @Override
  public void instants(long epochSecond, String group, long n) {
    // Pre-aggregated input: n events at the start of the record's bucket.
    if (epochSecond % 900 != 0) {
      offQuarter = true;
    }
    if (epochSecond % 3600 != 0) {
      offHour = true;
    }
    weighted = true;
    int cell = binner.cell(epochSecond);
    overall.add(cell, epochSecond, n);
    if (evidence != null) {
      evidence.add(epochSecond, n);
    }
    if (group != null) {
      group(group).add(cell, epochSecond, n);
      if (groupEvidence != null) {
        CompactEvidence e = groupEvidence(group);
        if (e != null) {
          e.add(epochSecond, n);
        }
      }
    }
    if (days != null) {
      countDay(epochSecond, group, n);
    }
    if (series != null) {
      series
          .computeIfAbsent(group == null ? "" : group, k -> new QuarterSeries())
          .add(Math.floorDiv(epochSecond, 900L), n);
    }
  }

  /**
   * The bucket a pre-aggregated input's timestamps are spaced by, from their values: 3600 when
   * every one is on the hour, 900 when every one is on a quarter-hour, 0 when some is not (or no
   * record was pre-aggregated).
   */
  public int bucketSeconds() {
    if (!weighted || offQuarter) {
      return 0;
    }
    return offHour ? 900 : 3600;
  }

  /** Whether any record counted several events ({@code --count-field}). */
  public boolean weighted() {
    return weighted;
  }

  /**
   * Counts the record's local day, overall and in its group (which may have folded), when the group
   * is one of the first {@link #MAX_DAY_GROUPS} this tally saw.
   */
  private void countDay(long epochSecond, String group) {
    countDay(epochSecond, group, 1);
  }

  private void countDay(long epochSecond, String group, long n) {
    long day = binner.day(epochSecond);
    days.add(day, n);
    if (group != null) {
      String key = groups.containsKey(group) ? group : OTHER;
      DayCounts d = groupDays.get(key);
      if (d == null) {
        d = admitDays(key);
      }
      if (d != NOT_COUNTED) {
        d.add(day, n);
      }
    }
  }

  /** The day counts of a group seen for the first time, or {@link #NOT_COUNTED} past the cap. */
  private DayCounts admitDays(String key) {
    DayCounts d;
    if (dayGroups < MAX_DAY_GROUPS) {
      d = new DayCounts();
      dayGroups++;
    } else {
      d = NOT_COUNTED;
    }
    groupDays.put(key, d);
    return d;
  }

  /**
   * The most groups a tally counts day by day, in the order it first sees them (the calendar's
   * small multiples): each costs 2.9 KB per year with events, so 50 groups over ten years cost 1.5
   * MB, however many groups the input has. A group past them gets no calendar row of its own (its
   * events still count in the overall calendar), and neither does one that a merged worker did not
   * count: a row is either every event of its group or absent.
   */
  public static final int MAX_DAY_GROUPS = 50;

  /** Stands in {@link #groupDays} for a group that is seen but not counted day by day. */
  private static final DayCounts NOT_COUNTED = new DayCounts();

  /** The evidence of group {@code name}, made when there is room; null when there is none. */
  private CompactEvidence groupEvidence(String name) {
    CompactEvidence e = groupEvidence.get(name);
    if (e == null && groupEvidence.size() < maxEvidenceGroups) {
      e = new CompactEvidence();
      groupEvidence.put(name, e);
    }
    return e;
  }

  /**
   * The {@code --infer-tz} evidence of group {@code name}, or null when it is not gathered (no
   * inference, or the group came after the first {@link #MAX_EVIDENCE_GROUPS} names).
   */
  public TzEvidence evidence(String name) {
    CompactEvidence e = groupEvidence == null ? null : groupEvidence.get(name);
    return e == null ? null : e.evidence();
  }

  /**
   * The {@code --infer-tz} evidence of group {@code name} in its compact form, as a worker saves
   * it; null when it is not gathered.
   */
  public CompactEvidence compactEvidence(String name) {
    return groupEvidence == null ? null : groupEvidence.get(name);
  }

  /**
   * The events per local day of group {@code name}, as counted here (a group folded into {@link
   * #OTHER} counts there); null when the calendar is not gathered or the group had none.
   */
  public DayCounts days(String name) {
    return groupDays == null ? null : groupDays.get(name);
  }

  /** The most groups whose time-zone evidence is gathered (about 10 KB each). */
  public static final int MAX_EVIDENCE_GROUPS = 1_000;

  @Override
  public void skipped(String group) {
    overall.skip();
    if (group != null) {
      group(group).skip();
    }
  }

  @Override
  public void continuation() {
    overall.addContinuation();
  }

  @Override
  public void filtered(long epochSecond, String group) {
    overall.filter(epochSecond);
    if (group != null) {
      group(group).filter();
    }
  }

  /**
   * The grid of {@code name}. Past {@link #MAX_GROUPS} (or the tally's own cap) distinct names, new
   * ones count in {@link #OTHER} straight away, so that a field with a distinct value per record
   * cannot fill the heap.
   */
  private WeekHourGrid group(String name) {
    WeekHourGrid g = groups.get(name);
    if (g == null) {
      if (groups.size() >= maxGroups) {
        overflowed = true;
        name = OTHER;
      }
      g = groups.computeIfAbsent(name, k -> new WeekHourGrid());
    }
    return g;
  }

  /**
   * Adds another worker's counts, its groups admitted in the order it first saw them, as if its
   * records had been counted here.
   */
  public void merge(Tally other) {
    overall.merge(other.overall);
    if (evidence != null && other.evidence != null) {
      evidence.merge(other.evidence);
    }
    other.groups.forEach((name, g) -> group(name).merge(g));
    if (groupEvidence != null && other.groupEvidence != null) {
      other.groupEvidence.forEach(
          (name, e) -> {
            CompactEvidence mine = groupEvidence(name);
            if (mine != null) {
              mine.merge(e);
            }
          });
    }
    mergeSeries(other);
    weighted |= other.weighted;
    offQuarter |= other.offQuarter;
    offHour |= other.offHour;
    if (days != null && other.days != null) {
      days.merge(other.days);
      for (Map.Entry<String, DayCounts> e : other.groupDays.entrySet()) {
        String key = groups.containsKey(e.getKey()) ? e.getKey() : OTHER;
        DayCounts theirs = e.getValue();
        DayCounts mine = groupDays.get(key);
        if (mine == null) {
          mine = admitDays(key);
        }
        if (mine == NOT_COUNTED) {
          continue;
        }
        if (theirs == NOT_COUNTED) {
          // The other worker left some of this group's events out: a row would be short.
          groupDays.put(key, NOT_COUNTED);
          dayGroups--;
        } else {
          mine.merge(theirs);
        }
      }
    }
  }

  /** Adds the series of {@code other} to this tally's, when both gather them. */
  private void mergeSeries(Tally other) {
    if (series != null && other.series != null) {
      other.series.forEach(
          (name, q) -> series.computeIfAbsent(name, k -> new QuarterSeries()).merge(q));
    }
  }

  /** The events per local day, or null when the calendar is not gathered. */
  public DayCounts days() {
    return days;
  }

  /**
   * The events per local day of each of {@code kept} (as {@link #groups(int)} gave them), in its
   * order, null for a group not counted day by day (see {@link #MAX_DAY_GROUPS}); the {@link
   * #OTHER} group holds every group not kept, and is null when one of those was not counted. Null
   * when the calendar is not gathered.
   */
  public List<DayCounts> groupDays(List<Group> kept) {
    if (groupDays == null) {
      return null;
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Group g : kept) {
      names.add(g.name());
    }
    DayCounts other = new DayCounts();
    boolean otherComplete = true;
    for (Map.Entry<String, DayCounts> e : groupDays.entrySet()) {
      if (e.getKey().equals(OTHER) || !names.contains(e.getKey())) {
        if (e.getValue() == NOT_COUNTED) {
          otherComplete = false;
        } else {
          other.merge(e.getValue());
        }
      }
    }
    List<DayCounts> out = new ArrayList<>();
    for (Group g : kept) {
      if (g.name().equals(OTHER)) {
        out.add(otherComplete ? other : null);
      } else {
        // A group seen only in skipped or filtered records has no day counts: an empty row.
        DayCounts d = groupDays.get(g.name());
        out.add(d == NOT_COUNTED ? null : d == null ? new DayCounts() : d);
      }
    }
    return out;
  }

  /**
   * Whether names were folded into {@link #OTHER} for want of room: then which group a record
   * landed in depended on the names this tally saw before it.
   */
  public boolean overflowed() {
    return overflowed;
  }

  /** The evidence for {@code --infer-tz}, or null when it is not gathered. */
  public TzEvidence evidence() {
    return evidence;
  }

  public WeekHourGrid overall() {
    return overall;
  }

  /** The name of the group that the groups past the top N fold into. */
  public static final String OTHER = GroupNames.OTHER;

  /** The most distinct groups counted one by one. */
  public static final int MAX_GROUPS = 10_000;

  /**
   * The {@code top} largest groups, largest total first (ties by name), then the rest folded into
   * one group named {@link #OTHER}, placed by its own total; all groups when {@code top} is 0.
   */
  public List<Group> groups(int top) {
    List<Group> all = groups();
    WeekHourGrid other = new WeekHourGrid();
    List<Group> kept = new ArrayList<>();
    boolean folded = false;
    for (Group g : all) {
      if (g.name().equals(OTHER) || (top > 0 && kept.size() >= top)) {
        other.merge(g.grid());
        folded = true;
      } else {
        kept.add(g);
      }
    }
    if (!folded) {
      return kept;
    }
    int at = 0;
    while (at < kept.size() && kept.get(at).grid().total() >= other.total()) {
      at++;
    }
    kept.add(at, new Group(OTHER, other));
    return kept;
  }

  /** The groups, largest total first, ties by name. */
  public List<Group> groups() {
    List<Group> list = new ArrayList<>();
    groups.forEach((name, grid) -> list.add(new Group(name, grid)));
    list.sort(LARGEST_FIRST);
    return list;
  }

  /**
   * Largest total first, ties by name: a class of its own rather than composed from lambdas, which
   * a short run would spend milliseconds linking.
   */
  private static final Comparator<Group> LARGEST_FIRST =
      new Comparator<>() {
        @Override
        public int compare(Group a, Group b) {
          int bySize = Long.compare(b.grid().total(), a.grid().total());
          return bySize != 0 ? bySize : a.name().compareTo(b.name());
        }
      };

  /** One group's grid. */
  public record Group(String name, WeekHourGrid grid) {}
}
