package dev.heatmap.core;

/**
 * A problem the user can act on: carries the exit code and a one-line message that already says
 * where ({@code file:line: what}). The command line prints the message, never a stack trace.
 */
public final class HeatmapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;
  private final transient Location location;

  public HeatmapException(ExitCode exitCode, String message) {
    this(exitCode, null, message, null);
  }

  public HeatmapException(ExitCode exitCode, String message, Throwable cause) {
    this(exitCode, null, message, cause);
  }

  /** A problem at {@code where} (null when it has no place): the message is {@code where: what}. */
  public HeatmapException(ExitCode exitCode, Location where, String what, Throwable cause) {
    super(where == null ? what : where.message(what), cause);
    this.exitCode = exitCode;
    this.location = where;
  }

  /** An input or processing problem (exit 1) at a place in an input. */
  public static HeatmapException input(Location where, String what) {
    return new HeatmapException(ExitCode.INPUT, where, what, null);
  }

  /** An input or processing problem (exit 1). */
  public static HeatmapException input(String message) {
    return new HeatmapException(ExitCode.INPUT, message);
  }

  /** An input or processing problem (exit 1) caused by {@code cause}, kept for --debug. */
  public static HeatmapException input(String message, Throwable cause) {
    return new HeatmapException(ExitCode.INPUT, message, cause);
  }

  /** A usage problem (exit 2). */
  public static HeatmapException usage(String message) {
    return new HeatmapException(ExitCode.USAGE, message);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  /** Where the problem is, when it has a place; else null. */
  public Location location() {
    return location;
  }
}
