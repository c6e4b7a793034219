package dev.heatmap.time.parse;

/**
 * A reused window on a char array as a {@link CharSequence}, for the parsers' general paths when a
 * value came as an array. Not thread-safe; one per parser.
 */
final class Chars implements CharSequence {
  private char[] chars = new char[0];
  private int from;
  private int length;

  Chars set(char[] chars, int from, int to) {
    this.chars = chars;
    this.from = from;
    this.length = to - from;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[from + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, from, length);
  }
}
