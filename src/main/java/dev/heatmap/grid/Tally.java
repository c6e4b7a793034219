package dev.heatmap.grid;

import dev.heatmap.core.GroupNames;
import dev.heatmap.grid.calendar.DayCounts;
import dev.heatmap.time.InstantSink;
import dev.heatmap.time.WrittenOffset;
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
  private final ZoneBinner binner;
  private final WeekHourGrid overall = new WeekHourGrid();
  private final Map<String, WeekHourGrid> groups = new LinkedHashMap<>();
  private final TzEvidence evidence;
  // Per-group evidence for --infer-tz --group-by, for the first MAX_EVIDENCE_GROUPS names.
  private final Map<String, TzEvidence> groupEvidence;
  private final DayCounts days;
  private final Map<String, DayCounts> groupDays;
  private final int maxGroups;
  private final WrittenOffsets written = new WrittenOffsets();
  private final boolean drawWritten;
  private boolean overflowed;

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
    this(zone, inferTz, calendar, maxGroups, false);
  }

  /**
   * A tally with every choice given; when {@code drawWritten} ({@code --tz written}), each record
   * whose text carried a UTC offset is drawn at that offset, and the others in {@code zone}.
   */
  public Tally(ZoneId zone, boolean inferTz, boolean calendar, int maxGroups, boolean drawWritten) {
    this.drawWritten = drawWritten;
    if (maxGroups < 1) {
      throw new IllegalArgumentException("maxGroups must be positive");
    }
    this.binner = new ZoneBinner(zone);
    this.evidence = inferTz ? new TzEvidence() : null;
    this.groupEvidence = inferTz ? new LinkedHashMap<>() : null;
    this.days = calendar ? new DayCounts() : null;
    this.groupDays = calendar ? new LinkedHashMap<>() : null;
    this.maxGroups = maxGroups;
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
        TzEvidence e = groupEvidence(group);
        if (e != null) {
          e.add(epochSecond);
        }
      }
    }
    if (days != null) {
      countDay(epochSecond, writtenOffset, group);
    }
  }

  /** Counts the record's local day, overall and in its group (which may have folded). */
  private void countDay(long epochSecond, int writtenOffset, String group) {
    long day =
        drawWritten && writtenOffset != WrittenOffset.NONE
            ? Math.floorDiv(epochSecond + writtenOffset, 86400L)
            : binner.day(epochSecond);
    days.add(day);
    if (group != null) {
      String key = groups.containsKey(group) ? group : OTHER;
      DayCounts d = groupDays.get(key);
      if (d == null) {
        d = new DayCounts();
        groupDays.put(key, d);
      }
      d.add(day);
    }
  }

  /** The evidence of group {@code name}, made when there is room; null when there is none. */
  private TzEvidence groupEvidence(String name) {
    TzEvidence e = groupEvidence.get(name);
    if (e == null && groupEvidence.size() < MAX_EVIDENCE_GROUPS) {
      e = new TzEvidence();
      groupEvidence.put(name, e);
    }
    return e;
  }

  /**
   * The {@code --infer-tz} evidence of group {@code name}, or null when it is not gathered (no
   * inference, or the group came after the first {@link #MAX_EVIDENCE_GROUPS} names).
   */
  public TzEvidence evidence(String name) {
    return groupEvidence == null ? null : groupEvidence.get(name);
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
    written.merge(other.written);
    if (evidence != null && other.evidence != null) {
      evidence.merge(other.evidence);
    }
    other.groups.forEach((name, g) -> group(name).merge(g));
    if (groupEvidence != null && other.groupEvidence != null) {
      other.groupEvidence.forEach(
          (name, e) -> {
            TzEvidence mine = groupEvidence(name);
            if (mine != null) {
              mine.merge(e);
            }
          });
    }
    if (days != null && other.days != null) {
      days.merge(other.days);
      for (Map.Entry<String, DayCounts> e : other.groupDays.entrySet()) {
        String key = groups.containsKey(e.getKey()) ? e.getKey() : OTHER;
        groupDays.computeIfAbsent(key, k -> new DayCounts()).merge(e.getValue());
      }
    }
  }

  /** The events per local day, or null when the calendar is not gathered. */
  public DayCounts days() {
    return days;
  }

  /**
   * The events per local day of each of {@code kept} (as {@link #groups(int)} gave them), in its
   * order; the {@link #OTHER} group holds every group not kept. Null when the calendar is not
   * gathered.
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
    groupDays.forEach(
        (name, d) -> {
          if (name.equals(OTHER) || !names.contains(name)) {
            other.merge(d);
          }
        });
    List<DayCounts> out = new ArrayList<>();
    for (Group g : kept) {
      out.add(g.name().equals(OTHER) ? other : groupDays.getOrDefault(g.name(), new DayCounts()));
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
