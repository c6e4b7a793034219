package dev.heatmap.core;

/**
 * A value whose characters sit in a char array, {@code array()[offset(), offset() + length())}:
 * what the extractors hand a {@link RecordSink}, so that a parser can read the array itself rather
 * than call {@link #charAt} per character. The accessors are final, so that even code the JIT has
 * only quickly compiled reaches the array without a virtual call. Valid until the next record, like
 * any value passed to a sink; a sink that keeps it copies it ({@link #toString}).
 */
public abstract class ArrayText implements CharSequence {
  protected char[] chars = new char[64];
  protected int offset;
  protected int length;

  protected ArrayText() {}

  /** The array holding the characters. */
  public final char[] array() {
    return chars;
  }

  /** Where in {@link #array} the characters start. */
  public final int offset() {
    return offset;
  }

  @Override
  public final int length() {
    return length;
  }

  @Override
  public final char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[offset + index];
  }

  @Override
  public final CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException(start);
    }
    return new String(chars, offset + start, end - start);
  }

  @Override
  public final String toString() {
    return new String(chars, offset, length);
  }
}
