package dev.heatmap.core;

/** The process exit codes: the one table every error path maps to. */
public enum ExitCode {
  /** Everything was read and the report was written. */
  OK(0),
  /** An input or processing problem: a missing or unreadable file, no timestamp at all. */
  INPUT(1),
  /** The command line itself is wrong. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The more severe of two outcomes: usage beats input beats ok. */
  public ExitCode worst(ExitCode other) {
    return other.code > code ? other : this;
  }
}
