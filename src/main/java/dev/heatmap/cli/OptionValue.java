package dev.heatmap.cli;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.render.Normalize;
import dev.heatmap.render.OutputFormat;
import dev.heatmap.render.Scale;
import dev.heatmap.time.Zones;
import dev.heatmap.time.parse.EpochUnit;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Turns one option's text into its value as picocli parses the command line: zones, units and the
 * closed sets (formats, input types, colour and normalisation modes, week starts, hour styles,
 * scales). A bad value fails the parse with the tool's own message, a usage error (exit 2), which
 * {@link CommandLineFactory.Errors} prints as it prints every other.
 *
 * <p>One class for all of them, told apart by the kind it was made for, rather than a class per
 * option or lambdas: every converter is built with the model at each start, and each class more is
 * one more for the class-data archive to hold and the start to load.
 */
final class OptionValue implements CommandLine.ITypeConverter<Object> {
  /** What an option's value is. */
  enum Kind {
    /** A time zone (any spelling {@link Zones#parse} reads). */
    ZONE,
    /** An {@link EpochUnit} by its id. */
    EPOCH_UNIT,
    /** An {@link OutputFormat} by its id. */
    FORMAT,
    /** A {@link ColorChoice}. */
    COLOR,
    /** A {@link Normalize} mode by its id. */
    NORMALIZE,
    /** Monday or Sunday, as a {@link DayOfWeek}. */
    WEEK_START,
    /** {@code 24} or {@code 12}, as whether hours are 12-hour style. */
    HOUR_FORMAT,
    /** An {@link InputType} by its id, or null for {@code auto}. */
    INPUT_TYPE,
    /** A colour {@link Scale} by its id. */
    SCALE,
    /**
     * {@code --tz}: a time zone as {@link #ZONE}, or the word {@link TimeOptions#WRITTEN} (any
     * case), given back as that string.
     */
    GRID_ZONE
  }

  private final Kind kind;

  OptionValue(Kind kind) {
    this.kind = kind;
  }

  @Override
  public Object convert(String value) {
    // An if-chain rather than a switch: a switch over an enum adds a synthetic class to start-up.
    if (kind == Kind.ZONE) {
      return Zones.parse(value);
    }
    if (kind == Kind.EPOCH_UNIT) {
      return epochUnit(value);
    }
    if (kind == Kind.FORMAT) {
      return format(value);
    }
    if (kind == Kind.COLOR) {
      return color(value);
    }
    if (kind == Kind.NORMALIZE) {
      return normalize(value);
    }
    if (kind == Kind.WEEK_START) {
      return weekStart(value);
    }
    if (kind == Kind.HOUR_FORMAT) {
      return hour12(value);
    }
    if (kind == Kind.INPUT_TYPE) {
      return inputType(value);
    }
    if (kind == Kind.SCALE) {
      return scale(value);
    }
    if (kind == Kind.GRID_ZONE) {
      return value.strip().equalsIgnoreCase(TimeOptions.WRITTEN)
          ? TimeOptions.WRITTEN
          : Zones.parse(value);
    }
    throw new IllegalStateException("no converter of kind " + kind);
  }

  private static EpochUnit epochUnit(String value) {
    for (EpochUnit u : EpochUnit.values()) {
      if (u.id().equalsIgnoreCase(value.strip())) {
        return u;
      }
    }
    throw HeatmapException.usage("unknown --epoch-unit '" + value + "': choose s, ms, us or ns");
  }

  private static OutputFormat format(String value) {
    OutputFormat f = OutputFormat.byId(value);
    if (f == null) {
      throw HeatmapException.usage(
          "unknown format '" + value + "': choose one of " + OutputFormat.names());
    }
    return f;
  }

  private static ColorChoice color(String value) {
    ColorChoice c = ColorChoice.byId(value);
    if (c == null) {
      throw HeatmapException.usage("unknown --color '" + value + "': choose auto, always or never");
    }
    return c;
  }

  private static Normalize normalize(String value) {
    Normalize n = Normalize.byId(value);
    if (n == null) {
      throw HeatmapException.usage(
          "unknown --normalize '" + value + "': choose one of " + Normalize.names());
    }
    return n;
  }

  private static DayOfWeek weekStart(String value) {
    String s = value.strip();
    if (s.equalsIgnoreCase("monday")) {
      return DayOfWeek.MONDAY;
    }
    if (s.equalsIgnoreCase("sunday")) {
      return DayOfWeek.SUNDAY;
    }
    throw HeatmapException.usage("unknown --week-start '" + value + "': choose monday or sunday");
  }

  private static Boolean hour12(String value) {
    String s = value.strip();
    if (s.equals("24")) {
      return Boolean.FALSE;
    }
    if (s.equals("12")) {
      return Boolean.TRUE;
    }
    throw HeatmapException.usage("unknown --hour-format '" + value + "': choose 24 or 12");
  }

  /** The input type, or null for {@code auto} (detect it). */
  private static InputType inputType(String value) {
    if (value.equalsIgnoreCase("auto")) {
      return null;
    }
    InputType t = InputType.byId(value);
    if (t == null) {
      throw HeatmapException.usage(
          "unknown input type '" + value + "': choose auto or one of " + InputType.names());
    }
    return t;
  }

  private static Scale scale(String value) {
    Scale s = Scale.byId(value);
    if (s == null) {
      throw HeatmapException.usage(
          "unknown --scale '" + value + "': choose one of " + Scale.names());
    }
    return s;
  }

  /**
   * What completion offers for an option of this kind, in help's order; empty for zones, whose
   * names the completion script takes from the JDK's zone list when it is generated.
   */
  static List<String> names(Kind kind) {
    List<String> names = new ArrayList<>();
    if (kind == Kind.EPOCH_UNIT) {
      for (EpochUnit u : EpochUnit.values()) {
        names.add(u.id());
      }
    } else if (kind == Kind.FORMAT) {
      for (OutputFormat f : OutputFormat.values()) {
        names.add(f.id());
      }
    } else if (kind == Kind.COLOR) {
      names.addAll(List.of("auto", "always", "never"));
    } else if (kind == Kind.NORMALIZE) {
      for (Normalize n : Normalize.values()) {
        names.add(n.id());
      }
    } else if (kind == Kind.WEEK_START) {
      names.addAll(List.of("monday", "sunday"));
    } else if (kind == Kind.HOUR_FORMAT) {
      names.addAll(List.of("24", "12"));
    } else if (kind == Kind.INPUT_TYPE) {
      names.add("auto");
      for (InputType t : InputType.values()) {
        names.add(t.id());
      }
    } else if (kind == Kind.SCALE) {
      for (Scale sc : Scale.values()) {
        names.add(sc.id());
      }
    }
    return names;
  }
}
