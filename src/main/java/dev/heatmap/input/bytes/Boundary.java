package dev.heatmap.input.bytes;

/**
 * Where the bytes of a format may be cut into units that read the same on their own as in the whole
 * file: the places a worker's part of a file may start and end, and where a reader's buffer may
 * end. A position is the index of the first byte of a unit.
 */
public enum Boundary {
  /** After any LF: text and JSON lines, where every line stands alone. */
  LINE,

  /**
   * After an LF that ends a line with something on it: CSV, where the parser skips empty lines and
   * numbers a record by the line after the previous record, so a part must start right after a
   * record (empty lines may follow) for its first record's number to come out right.
   */
  FILLED_LINE,

  /**
   * At a {@code {} that starts a line right after a line holding only {@code }} (and blanks):
   * concatenated pretty-printed JSON objects (the ContiLeaks files). A JSON string cannot hold a
   * raw line break, so a {@code }} at the start of a line is outside any string, and a {@code {}
   * after it is valid only when that {@code }} closed a root value. In a file that is not valid
   * JSON this may be wrong, which the part's reader finds (it then doubts and the file is read
   * whole).
   */
  ROOT_OBJECT;

  /**
   * The last boundary in {@code b(from, to]}, not before {@code searchFrom}, or -1. {@code from}
   * must be a boundary; bytes before {@code searchFrom - 2} are known to hold none.
   */
  int last(byte[] b, int from, int to, int searchFrom) {
    int floor = Math.max(from, searchFrom - 2);
    switch (this) {
      case LINE:
        for (int i = to - 1; i >= floor; i--) {
          if (b[i] == '\n') {
            return i + 1;
          }
        }
        return -1;
      case FILLED_LINE:
        for (int i = to - 1; i >= floor; i--) {
          if (b[i] == '\n' && filled(b, from, i)) {
            return i + 1;
          }
        }
        return -1;
      default:
        for (int i = to - 1; i > floor; i--) {
          if (b[i] == '{' && b[i - 1] == '\n' && closesRoot(b, from, i - 1)) {
            return i;
          }
        }
        return -1;
    }
  }

  /**
   * The first boundary in {@code b[at, to)}, or -1; {@code b[from, at)} holds what comes before it
   * (at least one line, to judge the line before a candidate).
   */
  public int first(byte[] b, int from, int at, int to) {
    switch (this) {
      case LINE:
        for (int i = Math.max(at, from + 1); i < to; i++) {
          if (b[i - 1] == '\n') {
            return i;
          }
        }
        return -1;
      case FILLED_LINE:
        for (int i = Math.max(at, from + 1); i < to; i++) {
          if (b[i - 1] == '\n' && filled(b, from, i - 1)) {
            return i;
          }
        }
        return -1;
      default:
        for (int i = Math.max(at, from + 1); i < to; i++) {
          if (b[i] == '{' && b[i - 1] == '\n' && closesRoot(b, from, i - 1)) {
            return i;
          }
        }
        return -1;
    }
  }

  /**
   * Whether the line ending at the LF {@code b[lf]} has something on it (more than a CR). When
   * {@code from} is not the start of a line, a line that starts before it is judged by its bytes
   * from {@code from} on, which errs toward "empty": a boundary missed, never a wrong one.
   */
  private static boolean filled(byte[] b, int from, int lf) {
    int end = lf;
    if (end > from && b[end - 1] == '\r') {
      end--;
    }
    return end > from && b[end - 1] != '\n';
  }

  /**
   * Whether the line ending at the LF {@code b[lf]} is a lone {@code }} with blanks after it, seen
   * whole after {@code from}.
   */
  private static boolean closesRoot(byte[] b, int from, int lf) {
    int i = lf - 1;
    while (i > from && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i--;
    }
    return i > from && b[i] == '}' && b[i - 1] == '\n';
  }
}
