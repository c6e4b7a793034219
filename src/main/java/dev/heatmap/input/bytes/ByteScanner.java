package dev.heatmap.input.bytes;

import java.io.IOException;

/**
 * Reads the records of one format straight from UTF-8 bytes, whole units at a time (lines, CSV
 * records, JSON root values), as {@link ByteReader} hands them over. It counts lines the way its
 * format's character path does, from 1 at the start of what it reads, so that a worker reading a
 * part of a file gives line numbers that a merge can move to the file's.
 *
 * <p>A scanner that meets something its fast path does not handle exactly as the character path
 * would (a quoted line break in CSV, a JSON escape it does not know) <em>doubts</em>: it returns
 * false and the input is read again the other way. Doubt is always safe; guessing never is.
 */
public abstract class ByteScanner {
  /** Line breaks passed so far. */
  public long lines;

  /** Records handed to the sink so far (for progress and whole-file checks). */
  public long records;

  /** Whether any value was seen at all, record or not (for whole-file checks). */
  public boolean any;

  public boolean any() {
    return any;
  }

  /**
   * Reads the whole units in {@code b[from, to)}; at the end of the input the last one may lack its
   * line break. Returns false when in doubt.
   */
  public abstract boolean scan(byte[] b, int from, int to) throws IOException;

  /** The most bytes one unit may take before {@link #tooLong} is called. */
  public abstract int maxUnit();

  /**
   * A unit has grown past {@link #maxUnit}, or {@link #knownTooLong} said it is too long: throws
   * the format's error for it, or returns false to doubt.
   */
  public abstract boolean tooLong(byte[] b, int from, int to) throws IOException;

  /** Whether the unfinished unit in {@code b[from, to)} is already certain to be too long. */
  public boolean knownTooLong(byte[] b, int from, int to) {
    return false;
  }

  /** The end of the input: anything held back is handed on. Returns false when in doubt. */
  public boolean finish() throws IOException {
    return true;
  }
}
