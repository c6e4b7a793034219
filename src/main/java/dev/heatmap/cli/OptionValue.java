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
  /** A time zone (any spelling {@link Zones#parse} reads). */
  static final int ZONE = 0;

  /** An {@link EpochUnit} by its id. */
  static final int EPOCH_UNIT = 1;

  /** An {@link OutputFormat} by its id. */
  static final int FORMAT = 2;

  /** A {@link ColorChoice}. */
  static final int COLOR = 3;

  /** A {@link Normalize} mode by its id. */
  static final int NORMALIZE = 4;

  /** Monday or Sunday, as a {@link DayOfWeek}. */
  static final int WEEK_START = 5;

  /** {@code 24} or {@code 12}, as whether hours are 12-hour style. */
  static final int HOUR_FORMAT = 6;

  /** An {@link InputType} by its id, or null for {@code auto}. */
  static final int INPUT_TYPE = 7;

  /** A colour {@link Scale} by its id. */
  static final int SCALE = 8;

  /**
   * {@code --tz}: a time zone as {@link #ZONE}, or the word {@link TimeOptions#WRITTEN} (any case),
   * given back as that string.
   */
  static final int GRID_ZONE = 9;

  private final int kind;

  OptionValue(int kind) {
    this.kind = kind;
  }

  @Override
  public Object convert(String value) {
    return switch (kind) {
      case ZONE -> Zones.parse(value);
      case EPOCH_UNIT -> epochUnit(value);
      case FORMAT -> format(value);
      case COLOR -> color(value);
      case NORMALIZE -> normalize(value);
      case WEEK_START -> weekStart(value);
      case HOUR_FORMAT -> hour12(value);
      case INPUT_TYPE -> inputType(value);
      case SCALE -> scale(value);
      case GRID_ZONE ->
          value.strip().equalsIgnoreCase(TimeOptions.WRITTEN)
              ? TimeOptions.WRITTEN
              : Zones.parse(value);
      default -> throw new IllegalStateException("no converter of kind " + kind);
    };
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
  static List<String> names(int kind) {
    List<String> names = new ArrayList<>();
    switch (kind) {
      case EPOCH_UNIT -> {
        for (EpochUnit u : EpochUnit.values()) {
          names.add(u.id());
        }
      }
      case FORMAT -> {
        for (OutputFormat f : OutputFormat.values()) {
          names.add(f.id());
        }
      }
      case COLOR -> names.addAll(List.of("auto", "always", "never"));
      case NORMALIZE -> {
        for (Normalize n : Normalize.values()) {
          names.add(n.id());
        }
      }
      case WEEK_START -> names.addAll(List.of("monday", "sunday"));
      case HOUR_FORMAT -> names.addAll(List.of("24", "12"));
      case INPUT_TYPE -> {
        names.add("auto");
        for (InputType t : InputType.values()) {
          names.add(t.id());
        }
      }
      case SCALE -> {
        for (Scale s : Scale.values()) {
          names.add(s.id());
        }
      }
      default -> {}
    }
    return names;
  }
}
