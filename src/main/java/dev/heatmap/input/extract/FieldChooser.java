package dev.heatmap.input.extract;

import dev.heatmap.core.Spelling;
import dev.heatmap.core.TimestampJudge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the column or key whose sampled values read as timestamps best, when the user did not name
 * one. Text values are judged by {@link FormatDetector} (every format the time layer knows),
 * numbers by {@link EpochUnit#guess}; among the fields close to the best score a common timestamp
 * name wins ({@code timestamp}, {@code ts}, {@code origin_server_ts}, …). When no value parses at
 * all, a field with such a name is still chosen (its values may need {@code --time-format}); else
 * there is none.
 */
public final class FieldChooser {
  /** How many values per field are sampled. */
  public static final int SAMPLE = 100;

  /** The longest text value kept in a sample; longer ones are no timestamps. */
  public static final int MAX_SAMPLE_TEXT = 128;

  /** Names, normalised (lower case, letters and digits only), best first. */
  private static final List<String> NAMES =
      List.of(
          "timestamp",
          "ts",
          "originserverts",
          "dateunixtime",
          "datetime",
          "createdat",
          "eventtime",
          "timecreated",
          "timegenerated",
          "time",
          "date",
          "timestamps",
          "created",
          "sentat",
          "when");

  /** Parts of names that say a time is of a later change (normalised like {@link #NAMES}). */
  private static final List<String> LATER =
      List.of(
          "updated",
          "edited",
          "modified",
          "expires",
          "expiry",
          "expiration",
          "editable",
          "deleted",
          "ingested",
          "lastactive",
          "lastseen");

  private FieldChooser() {}

  /** One field's sampled values. */
  public static final class Candidate {
    public final String name;
    public final int position;

    /** How deep the field sits (JSON: the shallowest object level holding it); 0 elsewhere. */
    public int depth;

    final List<String> texts = new ArrayList<>();
    int numbers;
    final double[] finite = new double[SAMPLE];
    int finiteCount;
    int dates;
    int others;
    int midnights;

    public Candidate(String name, int position) {
      this.name = name;
      this.position = position;
    }

    /** The text values sampled, in order. */
    public List<String> texts() {
      return java.util.Collections.unmodifiableList(texts);
    }

    /** How many values were sampled. */
    int sampled() {
      return texts.size() + numbers + dates + others;
    }

    public boolean full() {
      return sampled() >= SAMPLE;
    }

    public void text(CharSequence value) {
      if (full()) {
        return;
      }
      if (value.length() > MAX_SAMPLE_TEXT) {
        others++;
      } else {
        texts.add(value.toString());
        if (atMidnight(value)) {
          midnights++;
        }
      }
    }

    public void number(double value) {
      if (full()) {
        return;
      }
      if (Double.isFinite(value)) {
        finite[finiteCount++] = value;
      }
      numbers++;
    }

    /** A spreadsheet date cell: a timestamp by construction. */
    public void date() {
      date(false);
    }

    /** A spreadsheet date cell; {@code midnight} when it holds a date with no time of day. */
    public void date(boolean midnight) {
      if (!full()) {
        dates++;
        if (midnight) {
          midnights++;
        }
      }
    }

    /** Whether every sampled value is a date at 00:00: a date-only column. */
    public boolean dateOnly() {
      return sampled() > 0 && midnights == sampled();
    }

    /** A value that cannot be a timestamp (a boolean, an error cell). */
    public void other() {
      if (!full()) {
        others++;
      }
    }
  }

  /**
   * The outcome.
   *
   * @param candidate the chosen field
   * @param parsed how many of its sampled values are timestamps
   * @param sampled how many of its values were sampled
   * @param numericText whether its text values are epoch numbers written as text
   * @param byName whether it was chosen by its name alone (no value parsed)
   */
  public record Choice(
      Candidate candidate, int parsed, int sampled, boolean numericText, boolean byName) {
    /** What the user is told: {@code using column "ts" (100 of 100 sampled values are ...)}. */
    public String note(String kind) {
      return note(kind, candidate.name);
    }

    /** The note, naming the field {@code name} (a column letter when the header was data). */
    public String note(String kind, String name) {
      String base =
          "using "
              + kind
              + " \""
              + name
              + "\" ("
              + parsed
              + " of "
              + sampled
              + " sampled values are timestamps";
      return base
          + (byName ? "; chosen by its name" : "")
          + (candidate.dateOnly()
              ? "; every sampled value is a date at 00:00, so the hours are not known: give"
                  + " --field with a column that has times, or --field 'Date+Time'"
              : "")
          + ")";
    }
  }

  /** Scores of one candidate: parsed values and whether text values are numbers. */
  record Score(int parsed, boolean numericText) {}

  /** The score of one candidate's sample. */
  static Score score(Candidate c, TimestampJudge judge) {
    // Ids are not times: under a name that says nothing of time, a number is an epoch only as
    // seconds or milliseconds; the snowflakes of Discord, Twitter and Mastodon and 16-digit flow
    // ids read as micro- or nanoseconds and are not.
    boolean timeName = rank(c.name) < Integer.MAX_VALUE;
    int epochNumbers = 0;
    for (int i = 0; i < c.finiteCount; i++) {
      if (judge.epoch(c.finite[i]) && (timeName || secondsOrMillis(c.finite[i]))) {
        epochNumbers++;
      }
    }
    int detected = 0;
    int numeric = 0;
    int digits = 0;
    if (!c.texts.isEmpty()) {
      detected = judge.timestamps(c.texts);
      for (String t : c.texts) {
        double v = NumberText.parse(t);
        if (!Double.isNaN(v)) {
          digits++;
          if (judge.epoch(v) && (timeName || secondsOrMillis(v))) {
            numeric++;
          }
        }
      }
      if (!timeName && digits == c.texts.size()) {
        detected = 0; // numbers written as text: judged as numbers above
      }
    }
    // The detector reads epoch text too: text it reads no better than as numbers is numbers.
    boolean numericText = numeric > 0 && numeric >= detected;
    return new Score(c.dates + epochNumbers + Math.max(detected, numeric), numericText);
  }

  /** Whether a number is a plausible epoch in seconds or milliseconds (1990–2100). */
  private static boolean secondsOrMillis(double v) {
    double a = Math.abs(v);
    return (a >= 631_152_000d && a < 4_102_444_800d)
        || (a >= 631_152_000_000d && a < 4_102_444_800_000d);
  }

  /** Whether a single value reads as a timestamp (a header cell that is really data). */
  public static boolean isTimestamp(String value, TimestampJudge judge) {
    Candidate c = new Candidate("", 0);
    c.text(value);
    return score(c, judge).parsed() > 0;
  }

  private static int deepest(List<Candidate> candidates) {
    int d = 0;
    for (Candidate c : candidates) {
      d = Math.max(d, c.depth == Integer.MAX_VALUE ? 0 : c.depth);
    }
    return d;
  }

  /** The best candidate, or null when none has a timestamp value or a timestamp name. */
  public static Choice choose(List<Candidate> candidates, TimestampJudge judge) {
    int n = candidates.size();
    Score[] scores = new Score[n];
    int best = 0;
    for (int i = 0; i < n; i++) {
      scores[i] = score(candidates.get(i), judge);
      best = Math.max(best, scores[i].parsed());
    }
    int chosen = -1;
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      // A key nested in repeated steps is sampled more often than its record's own time: a
      // shallower key whose every sampled value is a timestamp stays in the running.
      boolean whole = scores[i].parsed() > 0 && scores[i].parsed() == c.sampled();
      boolean eligible =
          best > 0
              ? scores[i].parsed() * 5L >= best * 4L || (whole && c.depth < deepest(candidates))
              : rank(c.name) < Integer.MAX_VALUE;
      if (!eligible) {
        continue;
      }
      if (chosen < 0 || better(c, scores[i], candidates.get(chosen), scores[chosen])) {
        chosen = i;
      }
    }
    if (chosen < 0 && n == 1) {
      chosen = 0;
    }
    if (chosen < 0) {
      return null;
    }
    Candidate c = candidates.get(chosen);
    return new Choice(
        c, scores[chosen].parsed(), c.sampled(), scores[chosen].numericText(), best == 0);
  }

  /**
   * The share of records at which two fields disagree that is said: by then the other field would
   * have drawn a visibly other grid.
   */
  static final double DISAGREE_SHARE = 0.05;

  /**
   * Never silent: when another field that also names the event's time (not a later change such as
   * {@code updated}) reads as timestamps on the same sampled records as the chosen one but puts 5 %
   * or more of them in other cells of the week (by half an hour or more), the caution that names
   * both, the share, and the flag that picks the other; null when none does. Records are paired by
   * their order, so only fields with a value in every sampled record (as many values as the chosen
   * one, give or take the record the sample stopped in, at the same depth) are compared.
   */
  public static String disagreement(
      Choice choice, List<Candidate> candidates, TimestampJudge judge, String kind) {
    Candidate a = choice.candidate();
    if (choice.byName() || rank(a.name) == NAMES.size() + 1) {
      return null;
    }
    long[] ta = null;
    String worst = null;
    int worstN = 0;
    int worstOf = 0;
    for (Candidate b : candidates) {
      if (b == a
          || b.depth != a.depth
          || Math.abs(b.sampled() - a.sampled()) > 1
          || rank(b.name) == NAMES.size() + 1
          || b.dateOnly()) {
        continue;
      }
      if (rank(b.name) == Integer.MAX_VALUE && score(b, judge).parsed() < b.sampled()) {
        continue; // neither named for a time nor all timestamps: not a rival
      }
      long[] tb = instants(b, judge);
      if (tb == null) {
        continue;
      }
      if (ta == null) {
        ta = instants(a, judge);
        if (ta == null) {
          return null;
        }
      }
      // The sample stops in the middle of a record: the last one may lack a later key.
      int n = Math.min(ta.length, tb.length);
      int both = 0;
      int apart = 0;
      for (int i = 0; i < n; i++) {
        if (ta[i] == TimestampJudge.NONE || tb[i] == TimestampJudge.NONE) {
          continue;
        }
        both++;
        if (Math.abs(ta[i] - tb[i]) >= 1800 && cell(ta[i]) != cell(tb[i])) {
          apart++;
        }
      }
      if (both * 2 >= n && apart > 0 && apart >= DISAGREE_SHARE * both && apart > worstN) {
        worst = b.name;
        worstN = apart;
        worstOf = both;
      }
    }
    if (worst == null) {
      return null;
    }
    return kind
        + "s \""
        + a.name
        + "\" and \""
        + worst
        + "\" both hold timestamps but disagree on "
        + worstN
        + " of "
        + worstOf
        + " sampled records ("
        + Math.round(100.0 * worstN / worstOf)
        + "%), which fall in other cells of the week; using \""
        + a.name
        + "\": give --field '"
        + worst
        + "' for the other";
  }

  /** The hour of the week (in UTC) of an epoch second: only whether two differ matters. */
  private static long cell(long epochSecond) {
    return Math.floorMod(Math.floorDiv(epochSecond, 3600), 168);
  }

  /** The epoch seconds of a candidate's sampled values in order, or null when they mix kinds. */
  private static long[] instants(Candidate c, TimestampJudge judge) {
    if (c.dates > 0 || c.others > 0) {
      return null;
    }
    if (c.numbers == 0) {
      return judge.instants(c.texts);
    }
    if (!c.texts.isEmpty() || c.finiteCount != c.numbers) {
      return null;
    }
    long[] out = new long[c.finiteCount];
    for (int i = 0; i < out.length; i++) {
      out[i] = judge.epochSecond(c.finite[i]);
    }
    return out;
  }

  /** Whether a text value's time of day is 00:00 (or 00:00:00, with any zero fraction). */
  static boolean atMidnight(CharSequence v) {
    int n = v.length();
    for (int i = 2; i + 2 < n; i++) {
      if (v.charAt(i) == ':') {
        if (v.charAt(i - 2) != '0' || v.charAt(i - 1) != '0') {
          return false;
        }
        if (i - 3 >= 0 && Character.isDigit(v.charAt(i - 3))) {
          return false;
        }
        if (v.charAt(i + 1) != '0' || v.charAt(i + 2) != '0') {
          return false;
        }
        int j = i + 3;
        if (j < n && v.charAt(j) == ':') {
          if (j + 2 >= n || v.charAt(j + 1) != '0' || v.charAt(j + 2) != '0') {
            return false;
          }
          j += 3;
          if (j < n && (v.charAt(j) == '.' || v.charAt(j) == ',')) {
            j++;
            while (j < n && v.charAt(j) == '0') {
              j++;
            }
            if (j < n && Character.isDigit(v.charAt(j))) {
              return false;
            }
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean better(Candidate a, Score sa, Candidate b, Score sb) {
    if (a.dateOnly() != b.dateOnly()) {
      return !a.dateOnly(); // a column with times over one of dates at midnight
    }
    int ra = rank(a.name);
    int rb = rank(b.name);
    if (ra != rb) {
      return ra < rb;
    }
    if (a.depth != b.depth) {
      return a.depth < b.depth; // a record's own time over the times of its nested steps
    }
    if (sa.parsed() != sb.parsed()) {
      return sa.parsed() > sb.parsed();
    }
    return a.position < b.position;
  }

  /**
   * How much a name looks like a timestamp's: its place in the list of common names, then names
   * that merely contain "time" or "date", then everything else ({@code Integer.MAX_VALUE}).
   */
  static int rank(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    String key = sb.toString();
    int i = NAMES.indexOf(key);
    if (i >= 0) {
      return i;
    }
    for (String later : LATER) {
      if (key.contains(later)) {
        return NAMES.size() + 1; // a time, but of a later change, not of the event
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("time")
        || lower.contains("date")
        || key.endsWith("at")
            && name.length() > 3
            && (name.endsWith("_at") || name.endsWith("At"))) {
      return NAMES.size();
    }
    if (key.equals("published") || key.startsWith("created")) {
      return NAMES.size();
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The candidates' names nearest to {@code typed} first, quoted, for a message about a field that
   * is not there: {@code "created_at", "created", "id", …}.
   */
  public static String nearest(String typed, List<Candidate> candidates) {
    List<String> names = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      names.add(c.name);
    }
    List<Candidate> sorted = new ArrayList<>();
    for (String n : Spelling.nearestFirst(typed, names)) {
      for (Candidate c : candidates) {
        if (c.name.equals(n) && !sorted.contains(c)) {
          sorted.add(c);
          break;
        }
      }
    }
    return names(sorted);
  }

  /** The first candidates' names, quoted, for messages that list the choices. */
  public static String names(List<Candidate> candidates) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < candidates.size() && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(candidates.get(i).name).append('"');
    }
    if (candidates.size() > 20) {
      sb.append(", …");
    }
    return sb.toString();
  }
}
