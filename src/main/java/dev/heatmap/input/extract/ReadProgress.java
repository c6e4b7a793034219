package dev.heatmap.input.extract;

/**
 * Counts what is read as inputs are read, for a progress display. Called from worker threads, once
 * per block of bytes or batch of records, never per record; implementations must be thread-safe.
 */
public interface ReadProgress {
  /** Counts nothing. */
  ReadProgress NONE = (bytes, records) -> {};

  /** {@code bytes} more bytes of input were read and {@code records} more records found. */
  void add(long bytes, long records);
}
