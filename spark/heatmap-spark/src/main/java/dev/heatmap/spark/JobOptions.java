package dev.heatmap.spark;

import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.render.Normalize;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.run.HeatmapRun;
import dev.heatmap.time.FormatDetector;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.Zones;
import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.TimestampParser;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job's command line: the CLI's option names, for the options that mean the same on a cluster,
 * and the job's own {@code --part-size} and {@code --timings}. Plain strings, so that the options
 * travel to the executors as they are and each builds its own {@link InputConfig} and {@link
 * TimeConfig} from them.
 */
final class JobOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Options that take a value, by every name they go by. */
  private static final Map<String, String> VALUED = new LinkedHashMap<>();

  /** Options that are flags. */
  private static final Map<String, String> FLAGS = new LinkedHashMap<>();

  static {
    for (String o :
        new String[] {
          "--type",
          "--field",
          "--group-by",
          "--sheet",
          "--delimiter",
          "--input-tz",
          "--tz",
          "--time-format",
          "--epoch-unit",
          "--since",
          "--until",
          "--week-start",
          "--hour-format",
          "--output",
          "--format",
          "--title",
          "--top",
          "--normalize",
          "--part-size",
          "--emit-series",
          "--count-field",
          "--bucket"
        }) {
      VALUED.put(o, o);
    }
    VALUED.put("-o", "--output");
    VALUED.put("-f", "--format");
    FLAGS.put("--no-header", "--no-header");
    FLAGS.put("--infer-tz", "--infer-tz");
    FLAGS.put("--calendar", "--calendar");
    FLAGS.put("--quiet", "--quiet");
    FLAGS.put("-q", "--quiet");
    FLAGS.put("--strict", "--strict");
    FLAGS.put("--debug", "--debug");
    FLAGS.put("--timings", "--timings");
    FLAGS.put("--no-plotly", "--no-plotly");
  }

  final List<String> inputs;
  private final Map<String, String> values;
  private final Map<String, Boolean> flags;

  private JobOptions(List<String> inputs, Map<String, String> values, Map<String, Boolean> flags) {
    this.inputs = inputs;
    this.values = values;
    this.flags = flags;
  }

  /**
   * Parses and checks the arguments: every value is validated here, on the driver, before any input
   * is listed.
   *
   * @throws HeatmapException a usage error naming the option
   */
  static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Boolean> flags = new LinkedHashMap<>();
    boolean onlyFiles = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (onlyFiles || !a.startsWith("-") || a.equals("-")) {
        if (a.equals("-")) {
          throw HeatmapException.usage("standard input (-) cannot be read by a Spark job");
        }
        inputs.add(a);
        continue;
      }
      if (a.equals("--")) {
        onlyFiles = true;
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (FLAGS.containsKey(name) && value == null) {
        flags.put(FLAGS.get(name), true);
      } else if (VALUED.containsKey(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw HeatmapException.usage("missing value for option '" + name + "'");
          }
          value = args[++i];
        }
        values.put(VALUED.get(name), value);
      } else {
        throw HeatmapException.usage(
            "unknown option '"
                + name
                + "' (the Spark job takes "
                + String.join(", ", VALUED.keySet())
                + ", "
                + String.join(", ", FLAGS.keySet())
                + ")");
      }
    }
    if (inputs.isEmpty()) {
      throw HeatmapException.usage("no input: name files or directories (s3a://, hdfs://, ...)");
    }
    JobOptions o = new JobOptions(inputs, values, flags);
    // Everything the user typed is checked now, before the inputs are listed.
    o.inputConfig();
    o.timeConfig();
    o.top();
    o.normalize();
    o.weekStart();
    o.hour12();
    o.format();
    o.partSize();
    return o;
  }

  private String value(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  boolean flag(String name) {
    return flags.getOrDefault(name, false);
  }

  boolean inferTz() {
    return flag("--infer-tz");
  }

  /**
   * Whether the report gets the calendar, as the CLI decides: always with {@code --calendar}, for
   * HTML when the range spans three weeks or more.
   */
  HeatmapRun.CalendarMode calendar() {
    return flag("--calendar")
        ? HeatmapRun.CalendarMode.ON
        : format() == OutputFormat.HTML
            ? HeatmapRun.CalendarMode.LONG_RANGES
            : HeatmapRun.CalendarMode.OFF;
  }

  boolean quiet() {
    return flag("--quiet");
  }

  String output() {
    return value("--output", null);
  }

  /** Where {@code --emit-series} writes the 15-minute series, or null. */
  String emitSeries() {
    return blankToNull("--emit-series");
  }

  String groupBy() {
    return value("--group-by", null);
  }

  InputConfig inputConfig() {
    InputType type = null;
    String t = value("--type", "auto");
    if (!t.equalsIgnoreCase("auto")) {
      type = InputType.byId(t);
      if (type == null) {
        throw HeatmapException.usage(
            "unknown input type '" + t + "': choose auto or one of " + InputType.names());
      }
    }
    FieldSpec count = spec("--count-field");
    int bucket = 0;
    String b = value("--bucket", null);
    if (b != null) {
      if (count == null) {
        throw HeatmapException.usage(
            "--bucket is the spacing of pre-aggregated input: give --count-field FIELD with it");
      }
      try {
        bucket = InputConfig.bucketSeconds(b);
      } catch (IllegalArgumentException e) {
        throw HeatmapException.usage(e.getMessage());
      }
      if (bucket > 900 && inferTz()) {
        throw HeatmapException.usage(
            "--infer-tz needs buckets of 15 minutes or less, not --bucket 1h: in hour buckets the"
                + " activity's edges, which tell the zones apart, are lost");
      }
    }
    return new InputConfig(
            type,
            spec("--field"),
            spec("--group-by"),
            blankToNull("--sheet"),
            delimiter(),
            flag("--no-header"),
            InputConfig.DEFAULT_MAX_LINE_LENGTH,
            FormatDetector.JUDGE)
        .withCountField(count, bucket);
  }

  private FieldSpec spec(String option) {
    String v = blankToNull(option);
    if (v == null) {
      return null;
    }
    try {
      return new FieldSpec(v);
    } catch (IllegalArgumentException e) {
      throw HeatmapException.usage(option + " " + v + ": " + e.getMessage());
    }
  }

  private String blankToNull(String option) {
    String v = value(option, null);
    if (v != null && v.isBlank()) {
      throw HeatmapException.usage(option + " must not be blank");
    }
    return v;
  }

  private Character delimiter() {
    String d = value("--delimiter", null);
    if (d == null) {
      return null;
    }
    String lower = d.toLowerCase(Locale.ROOT);
    if (lower.equals("tab") || lower.equals("\\t") || lower.equals("\t")) {
      return '\t';
    }
    if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) < ' ') {
      throw HeatmapException.usage(
          "--delimiter must be one character other than a quote (or 'tab'), not '" + d + "'");
    }
    return d.charAt(0);
  }

  TimeConfig timeConfig() {
    ZoneId input = Zones.parse(value("--input-tz", "UTC"));
    ZoneId zone = Zones.parse(value("--tz", "UTC"));
    EpochUnit unit = null;
    String u = value("--epoch-unit", null);
    if (u != null) {
      for (EpochUnit e : EpochUnit.values()) {
        if (e.id().equalsIgnoreCase(u.strip())) {
          unit = e;
        }
      }
      if (unit == null) {
        throw HeatmapException.usage("unknown --epoch-unit '" + u + "': choose s, ms, us or ns");
      }
    }
    String since = value("--since", null);
    String until = value("--until", null);
    long from = since == null ? Long.MIN_VALUE : instant("--since", since, zone, false);
    long to = until == null ? Long.MAX_VALUE : instant("--until", until, zone, true);
    if (from >= to) {
      throw HeatmapException.usage("--since " + since + " is not before --until " + until);
    }
    try {
      // As the CLI: values without an offset are said to be read as UTC unless --input-tz chose.
      return new TimeConfig(
          input,
          zone,
          value("--time-format", null),
          unit,
          from,
          to,
          inferTz(),
          value("--input-tz", null) == null);
    } catch (IllegalArgumentException e) {
      throw HeatmapException.usage("--time-format: " + e.getMessage());
    }
  }

  private static long instant(String option, String text, ZoneId zone, boolean endOfDay) {
    long t = new IsoParser(zone).parse(text);
    if (t != TimestampParser.INVALID) {
      return t;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw HeatmapException.usage(
          option
              + " '"
              + text
              + "': give an ISO date (2024-01-31) or date-time (2024-01-31T08:00)");
    }
  }

  int top() {
    String t = value("--top", "20");
    int n;
    try {
      n = Integer.parseInt(t.strip());
    } catch (NumberFormatException e) {
      throw HeatmapException.usage("--top must be a number, not '" + t + "'");
    }
    if (n < 1) {
      throw HeatmapException.usage("--top must be at least 1, not " + n);
    }
    return n;
  }

  Normalize normalize() {
    String id = value("--normalize", "count");
    Normalize n = Normalize.byId(id);
    if (n == null) {
      throw HeatmapException.usage(
          "unknown --normalize '" + id + "': choose one of " + Normalize.names());
    }
    return n;
  }

  DayOfWeek weekStart() {
    String s = value("--week-start", "monday").strip();
    if (s.equalsIgnoreCase("monday")) {
      return DayOfWeek.MONDAY;
    }
    if (s.equalsIgnoreCase("sunday")) {
      return DayOfWeek.SUNDAY;
    }
    throw HeatmapException.usage("unknown --week-start '" + s + "': choose monday or sunday");
  }

  boolean hour12() {
    String s = value("--hour-format", "24").strip();
    if (s.equals("24")) {
      return false;
    }
    if (s.equals("12")) {
      return true;
    }
    throw HeatmapException.usage("unknown --hour-format '" + s + "': choose 24 or 12");
  }

  /** The format: {@code -f}, else the output's extension, else text for standard output. */
  OutputFormat format() {
    String f = value("--format", null);
    if (f != null) {
      OutputFormat byId = OutputFormat.byId(f);
      if (byId == null) {
        throw HeatmapException.usage(
            "unknown format '" + f + "': choose one of " + OutputFormat.names());
      }
      return byId;
    }
    String out = output();
    if (out == null) {
      return OutputFormat.TEXT;
    }
    OutputFormat byName = OutputFormat.byFileName(fileName(out));
    if (byName == null) {
      throw HeatmapException.usage(
          "cannot tell the format from '"
              + fileName(out)
              + "': name it with -f ("
              + OutputFormat.names()
              + ")");
    }
    return byName;
  }

  /** The title: {@code --title}, else the output file's name without extension. */
  String title() {
    String t = value("--title", null);
    if (t != null) {
      return t;
    }
    String out = output();
    if (out == null) {
      return "Activity heatmap";
    }
    String name = fileName(out);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return stem.isBlank() ? "Activity heatmap" : stem;
  }

  /** The size of the byte ranges large text files are cut into, in bytes. */
  long partSize() {
    String s = value("--part-size", "128M").strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("K")) {
      unit = 1L << 10;
    } else if (s.endsWith("M")) {
      unit = 1L << 20;
    } else if (s.endsWith("G")) {
      unit = 1L << 30;
    }
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      long v = Long.parseLong(digits) * unit;
      if (v >= 1 << 10) {
        return v;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw HeatmapException.usage(
        "--part-size must be a size of at least 1K such as 64M or 1G, not '" + s + "'");
  }

  private static String fileName(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** The exit code of a usage error. */
  static final int USAGE = ExitCode.USAGE.code();
}
