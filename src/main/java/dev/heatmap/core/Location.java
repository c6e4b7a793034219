package dev.heatmap.core;

import java.io.Serializable;

/**
 * Where something happened in an input: its name as messages show it, the 1-based line (0 when
 * unknown or the format has none) and the 1-based column (0 when unknown). The one way to print a
 * place is {@link #toString}: {@code source[:line[:column]]}, as compilers and commons-csv write
 * it; {@link #message} puts a problem after it. Serializable, as the {@link Diagnostics} that hold
 * it are.
 */
public record Location(String source, long line, int column) implements Serializable {
  public Location {
    if (source == null) {
      throw new IllegalArgumentException("a location needs its source");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 0 (unknown) or positive");
    }
  }

  /** The whole input, no line. */
  public static Location of(String source) {
    return new Location(source, 0, 0);
  }

  /** A line of an input. */
  public static Location of(String source, long line) {
    return new Location(source, line, 0);
  }

  /** This place {@code lines} lines further down (for a part read from the middle of a file). */
  public Location shifted(long lines) {
    return line > 0 && lines != 0 ? new Location(source, line + lines, column) : this;
  }

  /** {@code source:line:column: what}, leaving out what is unknown. */
  public String message(String what) {
    return this + ": " + what;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }
}
