package dev.heatmap.input.bytes;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.Positional;
import dev.heatmap.input.extract.ReadProgress;
import java.io.IOException;
import java.util.List;

/**
 * An input with random access (a file on disk, or a stream with {@link Positional} reads) that its
 * extractor has set up to be read as parts, each by its own worker: the field, delimiter and layout
 * were chosen once from the start of the file, and the bytes can be cut at {@link Boundary
 * boundaries} where every part reads the same on its own as within the whole.
 *
 * <p>Each part's reader counts lines from 1 at the start of its part; the caller merges the parts'
 * results in file order, moving each part's line numbers down by the lines of the parts before it.
 * When any part {@link Part#complete doubts}, its results and those of every other part are to be
 * dropped and the file read whole by {@link Extractor#extract}.
 */
public final class FileParts {
  /** How far a cut may look for a boundary before it gives up (and the parts are fewer). */
  private static final int WINDOW = 1 << 20;

  /** How far before a cut the bytes are looked at, to judge the line before a boundary. */
  private static final int LOOKBACK = 1 << 12;

  /** Makes the scanner for one part. */
  public interface Scanners {
    /**
     * @param sink where the part's records go
     * @param first whether the part is the first of the file (a CSV header is there)
     */
    ByteScanner scanner(RecordSink sink, boolean first);
  }

  /** Checks the file as a whole once every part is read, from their combined counts. */
  public interface Check {
    Check NONE = (records, any) -> {};

    void check(long records, boolean any);
  }

  private final Input.Seekable file;
  private final String name;
  private final long start;
  private final long end;
  private final Boundary boundary;
  private final Scanners scanners;
  private final Check check;

  public FileParts(
      Input input, long start, long end, Boundary boundary, Scanners scanners, Check check) {
    this.file = input.seekable();
    this.name = input.name();
    this.start = start;
    this.end = end;
    this.boundary = boundary;
    this.scanners = scanners;
    this.check = check;
  }

  /** How many bytes the parts cover. */
  public long size() {
    return end - start;
  }

  /**
   * Cuts the file into at most {@code n} parts of about equal size, at boundaries; fewer when
   * boundaries are missing near a cut. Returns the parts' starts and, last, the end.
   */
  public long[] split(int n) throws IOException {
    long[] cuts = new long[n + 1];
    int count = 0;
    cuts[count++] = start;
    if (n > 1) {
      try (Positional ch = file.open()) {
        byte[] w = new byte[LOOKBACK + WINDOW];
        for (int k = 1; k < n; k++) {
          long target = start + (end - start) * k / n;
          long from = Math.max(cuts[count - 1], target - LOOKBACK);
          int len = (int) Math.min(w.length, end - from);
          int got = readFully(ch, w, from, len);
          int at = boundary.first(w, 0, (int) (target - from), got);
          if (at > 0 && from + at > cuts[count - 1] && from + at < end) {
            cuts[count++] = from + at;
          }
        }
      }
    }
    cuts[count++] = end;
    return java.util.Arrays.copyOf(cuts, count);
  }

  private static int readFully(Positional ch, byte[] b, long at, int len) throws IOException {
    int got = 0;
    while (got < len) {
      int n = ch.read(at + got, b, got, len - got);
      if (n < 0) {
        break;
      }
      got += n;
    }
    return got;
  }

  /**
   * Reads the part {@code [from, to)} (two neighbouring positions from {@link #split}) into {@code
   * sink}, counting the bytes and records to {@code counter} as it goes. An I/O error is the
   * caller's to handle (reading the file whole tells what it means).
   */
  public Part read(long from, long to, RecordSink sink, ReadProgress counter) throws IOException {
    ByteScanner scanner = scanners.scanner(sink, from == start);
    try (Positional ch = file.open()) {
      boolean complete = ByteReader.read(ByteReader.of(ch, from, to), boundary, scanner, counter);
      return new Part(complete, scanner.lines, scanner.records, scanner.any());
    }
  }

  /**
   * Checks the file as a whole once every part has been read completely.
   *
   * @throws HeatmapException naming the file when, read whole, it would have failed at its end
   */
  public void check(List<Part> parts) {
    long records = 0;
    boolean any = false;
    for (Part p : parts) {
      records += p.records();
      any |= p.any();
    }
    check.check(records, any);
  }

  /** The name messages use. */
  public String name() {
    return name;
  }

  /**
   * What reading one part gave.
   *
   * @param complete whether it was read to its end without doubt; when false, every part's results
   *     are to be dropped and the file read whole
   * @param lines the lines it holds, by which the next parts' line numbers move
   * @param records the records it found (for whole-file checks)
   * @param any whether it held any value at all (for whole-file checks)
   */
  public record Part(boolean complete, long lines, long records, boolean any) {}
}
