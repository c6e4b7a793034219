package dev.heatmap;

/**
 * A problem the user can act on: carries the exit code and a one-line message that already says
 * where ({@code file:line: what}). The command line prints the message, never a stack trace.
 */
public final class HeatmapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public HeatmapException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public HeatmapException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
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
}
