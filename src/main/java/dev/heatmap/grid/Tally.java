package dev.heatmap.grid;

import dev.heatmap.core.GroupNames;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.time.InstantSink;
import dev.heatmap.time.WrittenOffset;
import dev.heatmap.time.ZoneBinner;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts instants into the overall grid and, when grouping, one grid per group, in one zone. One
 * tally per worker; {@link #merge} combines them.
 *
 * <p>Groups are kept in the order their names were first seen, at most {@link #MAX_GROUPS} of them.
 * A new name past the cap is never folded away: it gets a grid of its own, and room is made by
 * folding the smallest groups into {@link #OTHER} (a Space-Saving summary whose counters are whole
 * grids). A group whose name was never folded before it (last) got its grid has an exact grid; one
 * whose name may have been folded earlier (a filter of folded names says so, never wrongly "no")
 * may miss up to {@link Group#missingAtMost} records, which sit in {@link #OTHER}; and no name
 * folded into {@link #OTHER} has more than {@link #foldedAtMost} records there. So a late dominant
 * group is counted exactly whatever came before it, and {@link #cap} says whether any doubt remains
 * about the groups a report shows. A tally {@link #recounting} a fixed set of names counts those
 * exactly and everything else in {@link #OTHER}, for a second pass over inputs that can be read
 * again.
 *
 * <p>Merging a worker's tally admits its names in its order by the same rule, so merging the
 * tallies of consecutive parts of the input, in input order, gives the groups that counting the
 * whole input in one tally gives, unless a part's own tally had to fold names ({@link
 * #overflowed}): then that part must be counted again straight into the merged one.
 */
public final class Tally implements InstantSink {
  private final ZoneId zone;
  private final ZoneBinner binner;
  private final WeekHourGrid overall = new WeekHourGrid();
  private final Map<String, WeekHourGrid> groups = new LinkedHashMap<>();
  // Past the cap: the records each group may miss (only names that may have been folded before),
  // the grid the folded groups went to, and a filter of the names folded.
  private final Map<String, Long> missing = new HashMap<>();
  private WeekHourGrid other;
  private FoldedNames folded;
  private long foldedAtMost;
  private long foldings;
  // Non-null when recounting: only these names get a grid, every other one counts in OTHER.
  private final Set<String> admitted;
  private final TzEvidence evidence;
  // Per-group evidence for --infer-tz --group-by, for the first maxEvidenceGroups names.
  private final Map<String, CompactEvidence> groupEvidence;
  private final int maxEvidenceGroups;
  private final DayCounts days;
  // One entry per group seen: its day counts, or NOT_COUNTED past MAX_DAY_GROUPS.
  private final Map<String, DayCounts> groupDays;
  private int dayGroups;
  private final int maxGroups;
  private final WrittenOffsets written = new WrittenOffsets();
  private final boolean drawWritten;
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
   * A tally with every choice given; when {@code drawWritten} ({@code --tz written}), each record
   * whose text carried a UTC offset is drawn at that offset, and the others in {@code zone}.
   */
  public Tally(ZoneId zone, boolean inferTz, boolean calendar, int maxGroups, boolean drawWritten) {
    this(zone, inferTz, calendar, maxGroups, MAX_EVIDENCE_GROUPS, drawWritten, null);
  }

  /**
   * A tally with every choice given, and how many groups' evidence is gathered: {@link
   * Integer#MAX_VALUE} for a worker whose groups are ranked elsewhere (a Spark job's task), which
   * then gathers every group's, in its compact form.
   */
  public Tally(
      ZoneId zone, boolean inferTz, boolean calendar, int maxGroups, int maxEvidenceGroups) {
    this(zone, inferTz, calendar, maxGroups, maxEvidenceGroups, false, null);
  }

  /**
   * A tally for a second pass over the same inputs: the groups of {@code names} (as {@link #cap} of
   * the first pass gave them) are counted exactly, every other name in {@link #OTHER}, and no group
   * is ever folded.
   */
  public static Tally recounting(
      ZoneId zone,
      boolean inferTz,
      boolean calendar,
      boolean drawWritten,
      Collection<String> names) {
    return new Tally(
        zone,
        inferTz,
        calendar,
        Integer.MAX_VALUE,
        MAX_EVIDENCE_GROUPS,
        drawWritten,
        Set.copyOf(names));
  }

  private Tally(
      ZoneId zone,
      boolean inferTz,
      boolean calendar,
      int maxGroups,
      int maxEvidenceGroups,
      boolean drawWritten,
      Set<String> names) {
    if (maxGroups < 1 || maxEvidenceGroups < 1) {
      throw new IllegalArgumentException("maxGroups and maxEvidenceGroups must be positive");
    }
    this.maxEvidenceGroups = maxEvidenceGroups;
    this.drawWritten = drawWritten;
    this.zone = zone;
    this.binner = new ZoneBinner(zone);
    this.evidence = inferTz ? new TzEvidence() : null;
    this.groupEvidence = inferTz ? new LinkedHashMap<>() : null;
    this.days = calendar ? new DayCounts() : null;
    this.groupDays = calendar ? new LinkedHashMap<>() : null;
    this.maxGroups = maxGroups;
    this.admitted = names;
  }

  /** An empty tally that counts as this one does: the same zone, evidence, days, series, caps. */
  public Tally like() {
    Tally t =
        new Tally(
            zone,
            evidence != null,
            days != null,
            maxGroups,
            maxEvidenceGroups,
            drawWritten,
            admitted);
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
    instant(epochSecond, WrittenOffset.NONE, group);
  }

  @Override
  public void instant(long epochSecond, int writtenOffset, String group) {
    // Hot path: one cell computation, two array increments when not grouping.
    int cell;
    if (writtenOffset == WrittenOffset.NONE) {
      cell = binner.cell(epochSecond);
    } else {
      written.add(writtenOffset);
      cell =
          drawWritten
              ? ZoneBinner.cellOfLocal(epochSecond + writtenOffset)
              : binner.cell(epochSecond);
    }
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
      long day =
          drawWritten && writtenOffset != WrittenOffset.NONE
              ? Math.floorDiv(epochSecond + writtenOffset, 86400L)
              : binner.day(epochSecond);
      countDay(day, group, 1);
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
      countDay(binner.day(epochSecond), group, n);
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
   * Counts {@code n} events on local day {@code day}, overall and in the record's group (which may
   * have folded), when the group is one of the first {@link #MAX_DAY_GROUPS} this tally saw.
   */
  private void countDay(long day, String group, long n) {
    days.add(day, n);
    if (group != null) {
      String key = groups.containsKey(group) && !group.equals(OTHER) ? group : OTHER;
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
    if (e == null
        && groupEvidence.size() < maxEvidenceGroups
        && groups.containsKey(name)
        && !missing.containsKey(name)) {
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
   * The grid of {@code name}. Past {@link #MAX_GROUPS} (or the tally's own cap) distinct names, a
   * new one still gets its grid, and the smallest groups fold into {@link #OTHER} to make room, so
   * that a field with a distinct value per record cannot fill the heap and a late large group is
   * not lost.
   */
  private WeekHourGrid group(String name) {
    WeekHourGrid g = groups.get(name);
    if (g == null) {
      if (name.equals(OTHER)) {
        return other();
      }
      if (admitted != null) {
        if (!admitted.contains(name)) {
          return other();
        }
      } else if (groups.size() >= maxGroups) {
        overflowed = true;
        fold();
      }
      if (folded != null && folded.mayContain(name)) {
        missing.put(name, foldedAtMost);
      }
      g = new WeekHourGrid();
      groups.put(name, g);
    }
    return g;
  }

  private WeekHourGrid other() {
    if (other == null) {
      other = new WeekHourGrid();
    }
    return other;
  }

  /** How many groups one folding makes room for: a sixteenth of the cap, at least one. */
  private int foldBatch() {
    return Math.max(1, Math.min(groups.size(), maxGroups / 16));
  }

  /**
   * Folds the smallest groups (by the most records each may hold: counted plus missing) into {@link
   * #OTHER}, the oldest first among equals, remembering their names and the most records any of
   * them held. A sixteenth of the groups at a time, found by sorting their sizes, so that a
   * distinct name per record costs a few steps per record, not a pass over every group.
   */
  private void fold() {
    int n = groups.size();
    if (n == 0) {
      return;
    }
    long[] sizes = new long[n];
    int i = 0;
    for (Map.Entry<String, WeekHourGrid> e : groups.entrySet()) {
      sizes[i++] = atMost(e.getKey(), e.getValue());
    }
    Arrays.sort(sizes);
    int batch = foldBatch();
    long threshold = sizes[batch - 1];
    int below = 0;
    for (long v : sizes) {
      if (v < threshold) {
        below++;
      }
    }
    int equalToFold = batch - below;
    if (folded == null) {
      folded = new FoldedNames();
    }
    Iterator<Map.Entry<String, WeekHourGrid>> it = groups.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, WeekHourGrid> e = it.next();
      long size = atMost(e.getKey(), e.getValue());
      if (size < threshold || (size == threshold && equalToFold-- > 0)) {
        foldAway(e.getKey(), e.getValue(), size);
        it.remove();
      }
    }
  }

  /** Moves one group's counts into {@link #OTHER}; the caller removes it from {@link #groups}. */
  private void foldAway(String name, WeekHourGrid grid, long size) {
    other().merge(grid);
    folded.add(name);
    foldedAtMost = Math.max(foldedAtMost, size);
    foldings++;
    missing.remove(name);
    if (groupEvidence != null) {
      groupEvidence.remove(name);
    }
    if (groupDays != null) {
      DayCounts d = groupDays.remove(name);
      if (d != null) {
        // The row moves into (other)'s: a row either holds every event of its group or is absent.
        DayCounts o = groupDays.get(OTHER);
        if (o == null) {
          groupDays.put(OTHER, d);
        } else if (o == NOT_COUNTED || d == NOT_COUNTED) {
          if (o != NOT_COUNTED) {
            dayGroups--;
          }
          if (d != NOT_COUNTED) {
            dayGroups--;
          }
          groupDays.put(OTHER, NOT_COUNTED);
        } else {
          o.merge(d);
          dayGroups--;
        }
      }
    }
  }

  /** The most records group {@code name} may have: those counted and those it may miss. */
  private long atMost(String name, WeekHourGrid grid) {
    Long m = missing.get(name);
    return grid.total() + grid.skipped() + grid.filtered() + (m == null ? 0 : m);
  }

  /**
   * Adds another worker's counts, its groups admitted in the order it first saw them, as if its
   * records had been counted here.
   */
  public void merge(Tally other) {
    overall.merge(other.overall);
    written.merge(other.written);
    if (evidence != null && other.evidence != null) {
      evidence.merge(other.evidence);
    }
    other.groups.forEach(
        (name, g) -> {
          group(name).merge(g);
          long more = other.missing.getOrDefault(name, 0L);
          if (other.folded != null && !other.missing.containsKey(name)) {
            more += other.folded.mayContain(name) ? other.foldedAtMost : 0;
          }
          if (more > 0 && groups.containsKey(name)) {
            missing.merge(name, more, Long::sum);
          }
        });
    if (other.other != null) {
      other().merge(other.other);
    }
    if (other.folded != null) {
      // A name folded in both may hold up to both bounds in OTHER.
      if (folded == null) {
        folded = new FoldedNames();
      }
      folded.addAll(other.folded);
      for (Map.Entry<String, WeekHourGrid> e : groups.entrySet()) {
        if (!other.groups.containsKey(e.getKey()) && other.folded.mayContain(e.getKey())) {
          missing.merge(e.getKey(), other.foldedAtMost, Long::sum);
        }
      }
      foldedAtMost += other.foldedAtMost;
      foldings += other.foldings;
      overflowed = true;
    }
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
        String key =
            groups.containsKey(e.getKey()) && !e.getKey().equals(OTHER) ? e.getKey() : OTHER;
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
    Set<String> names = new HashSet<>();
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
   * Whether groups were folded into {@link #OTHER} for want of room: then which group a record
   * landed in depended on the names this tally saw before it.
   */
  public boolean overflowed() {
    return overflowed;
  }

  /** The UTC offsets the records' own text carried, counted. */
  public WrittenOffsets writtenOffsets() {
    return written;
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

  /** The groups, largest total first, ties by name; {@link #OTHER} among them when it has any. */
  public List<Group> groups() {
    List<Group> list = new ArrayList<>();
    groups.forEach((name, grid) -> list.add(new Group(name, grid, missing.getOrDefault(name, 0L))));
    if (other != null) {
      list.add(new Group(OTHER, other));
    }
    list.sort(LARGEST_FIRST);
    return list;
  }

  /**
   * What the cap did to the groups a report shows ({@code shown}, as {@link #groups(int)} gave
   * them), or null when no group was ever folded for want of room.
   */
  public GroupCap cap(List<Group> shown) {
    if (foldings == 0 && admitted == null) {
      return null;
    }
    long smallest = Long.MAX_VALUE;
    int inexact = 0;
    for (Group g : shown) {
      if (g.name().equals(OTHER)) {
        continue;
      }
      smallest = Math.min(smallest, g.grid().total());
      if (g.missingAtMost() > 0) {
        inexact++;
      }
    }
    return new GroupCap(
        maxGroups == Integer.MAX_VALUE ? MAX_GROUPS : maxGroups,
        foldings,
        foldedAtMost,
        inexact,
        smallest != Long.MAX_VALUE && foldedAtMost > smallest,
        admitted != null);
  }

  /**
   * The names a second pass should count exactly: every group this tally holds, most records first
   * (at most {@link #MAX_GROUPS}).
   */
  public List<String> recountNames() {
    List<Group> all = groups();
    List<String> names = new ArrayList<>();
    for (Group g : all) {
      if (!g.name().equals(OTHER) && names.size() < MAX_GROUPS) {
        names.add(g.name());
      }
    }
    return names;
  }

  /**
   * After a second pass ({@link #recounting}), what the first pass knew about the names folded
   * away: how many foldings and the most records any folded name held, which still bound what
   * {@link #OTHER} may hide.
   */
  public void carryFoldings(Tally firstPass) {
    foldings = firstPass.foldings;
    foldedAtMost = firstPass.foldedAtMost;
  }

  /**
   * What the group cap did to a report's groups.
   *
   * @param limit the most groups counted apart
   * @param foldings how many groups were folded into {@code (other)} to make room
   * @param foldedAtMost the most records any folded name has in {@code (other)}
   * @param inexact how many shown groups may miss records (their name was folded earlier)
   * @param outranked whether a folded name may have more records than the smallest group shown
   * @param recounted whether the groups were counted again in a second pass over the inputs
   */
  public record GroupCap(
      int limit,
      long foldings,
      long foldedAtMost,
      int inexact,
      boolean outranked,
      boolean recounted) {
    /** Whether the shown groups are exact and no folded name could outrank one. */
    public boolean certain() {
      return inexact == 0 && !outranked;
    }
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

  /**
   * One group's grid.
   *
   * @param missingAtMost how many of the group's records may be missing from its grid (counted in
   *     {@link #OTHER} before the group got its grid, past the cap); 0 when the grid is exact
   */
  public record Group(String name, WeekHourGrid grid, long missingAtMost) {
    public Group {
      if (missingAtMost < 0) {
        throw new IllegalArgumentException("missingAtMost must be 0 or more");
      }
    }

    /** An exact group. */
    public Group(String name, WeekHourGrid grid) {
      this(name, grid, 0);
    }
  }

  /**
   * The names folded into {@link #OTHER}, as a Bloom filter with four probes: "no" is certain, so a
   * name it has never seen gets an exact grid; "maybe" only adds doubt. Its size is a 32nd of the
   * heap, between 1 and 8 MiB (2^26 bits: about one false "maybe" in 100,000 after a million folded
   * names), made when a tally first folds.
   */
  private static final class FoldedNames {
    private static final int PROBES = 4;
    private final int bits = size();
    private final long[] words = new long[bits / 64];

    private static int size() {
      long quarter = Runtime.getRuntime().maxMemory() / 32 * 8; // bits in a 32nd of the heap
      long bits = Integer.highestOneBit((int) Math.min(1L << 26, Math.max(1L << 23, quarter)));
      return (int) bits;
    }

    void add(String name) {
      long h = hash(name);
      int a = (int) h;
      int b = (int) (h >>> 32) | 1;
      for (int k = 0; k < PROBES; k++) {
        int bit = (a + k * b) & (bits - 1);
        words[bit >>> 6] |= 1L << bit;
      }
    }

    boolean mayContain(String name) {
      long h = hash(name);
      int a = (int) h;
      int b = (int) (h >>> 32) | 1;
      for (int k = 0; k < PROBES; k++) {
        int bit = (a + k * b) & (bits - 1);
        if ((words[bit >>> 6] & (1L << bit)) == 0) {
          return false;
        }
      }
      return true;
    }

    /** Adds the names of {@code other}; a filter of another size says "maybe" to every name. */
    void addAll(FoldedNames other) {
      if (other.bits != bits) {
        java.util.Arrays.fill(words, -1L);
        return;
      }
      for (int i = 0; i < words.length; i++) {
        words[i] |= other.words[i];
      }
    }

    /** FNV-1a over the chars, then a 64-bit finaliser so both halves are well mixed. */
    private static long hash(String s) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < s.length(); i++) {
        h ^= s.charAt(i);
        h *= 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      h ^= h >>> 33;
      return h;
    }
  }
}
