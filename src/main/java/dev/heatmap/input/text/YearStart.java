package dev.heatmap.input.text;

import dev.heatmap.input.extract.Input;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The year of the first line of a log whose dates have none (RFC 3164 syslog, {@code journalctl -o
 * short}): {@code --year} when given; else the file's modification time (now, for standard input or
 * a compressed file) is taken as no earlier than the last line, and the first line's year follows
 * back from it, one year earlier when the dates wrap past New Year in between. Reading forward,
 * {@link LayoutScanner} moves to the next year where a date goes back more than a month.
 *
 * @param year the year of the first line
 * @param note what was assumed and why, for stderr
 */
record YearStart(int year, String note) {
  /** How far from the end the last dated line is looked for. */
  private static final int TAIL = 1 << 16;

  static YearStart of(Input input, byte[] head, Integer forced) {
    String wrap = "; a date more than a month before the one above moves to the next year";
    if (forced != null) {
      return new YearStart(
          forced, "the dates have no year: the first is taken as " + forced + " (--year)" + wrap);
    }
    int firstKey = firstKey(head);
    Instant reference = null;
    int lastKey = -1;
    String from = "now, reading standard input";
    if (input.file() != null && !input.gzip()) {
      try {
        reference = Files.getLastModifiedTime(input.file()).toInstant();
        lastKey = lastKey(input);
        from = "the file's modification time, " + LocalDate.ofInstant(reference, ZoneOffset.UTC);
      } catch (IOException e) {
        reference = null;
      }
    } else if (input.file() != null) {
      from = "now, as the file is compressed";
    }
    if (reference == null) {
      reference = Instant.now();
    }
    LocalDate ref = LocalDate.ofInstant(reference, ZoneOffset.UTC);
    int refKey = ref.getMonthValue() * 32 + ref.getDayOfMonth();
    int year;
    if (lastKey >= 0) {
      int lastYear = ref.getYear() - (lastKey > refKey + 1 ? 1 : 0);
      year = lastYear - (firstKey >= 0 && lastKey < firstKey - 32 ? 1 : 0);
      from += ", as the latest possible date of the last line";
    } else {
      year = ref.getYear() - (firstKey > refKey + 1 ? 1 : 0);
    }
    return new YearStart(
        year,
        "the dates have no year: the first is taken as "
            + year
            + " (from "
            + from
            + "; give --year to choose)"
            + wrap);
  }

  /** Month * 32 + day of the first dated line of the head, or -1. */
  private static int firstKey(byte[] head) {
    int p = 0;
    while (p < head.length) {
      int lf = p;
      while (lf < head.length && head[lf] != '\n') {
        lf++;
      }
      int k = LayoutScanner.syslogKey(head, p, lf);
      if (k >= 0) {
        return k;
      }
      p = lf + 1;
    }
    return -1;
  }

  /** Month * 32 + day of the last dated line among the file's last bytes, or -1. */
  private static int lastKey(Input input) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(input.file().toFile(), "r")) {
      long size = f.length();
      int n = (int) Math.min(size, TAIL);
      byte[] b = new byte[n];
      f.seek(size - n);
      f.readFully(b);
      int end = n;
      while (end > 0) {
        int lf = end - 1;
        while (lf >= 0 && b[lf] != '\n') {
          lf--;
        }
        int from = lf + 1;
        if (lf < 0 && size > n) {
          break; // a line cut by the start of the tail
        }
        int k = LayoutScanner.syslogKey(b, from, end > from && b[end - 1] == '\r' ? end - 1 : end);
        if (k >= 0) {
          return k;
        }
        end = lf;
      }
    }
    return -1;
  }
}
