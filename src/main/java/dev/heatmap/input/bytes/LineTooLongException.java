package dev.heatmap.input.bytes;

import java.io.IOException;

/**
 * A line or record grew past the configured maximum length before it ended: thrown by the reader so
 * that an unclosed quote or a gigabyte line with no newline fails the file at its start line
 * instead of filling the heap.
 */
public final class LineTooLongException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;

  LineTooLongException(long line) {
    super("line too long");
    this.line = line;
  }

  /** The 1-based line where the too-long line or record started. */
  public long line() {
    return line;
  }
}
