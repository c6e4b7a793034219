package dev.heatmap.input;

/**
 * A window on a char array that is reused from record to record, handed to a {@link RecordSink} as
 * its value without copying. Not thread-safe; a sink that keeps the value copies it.
 */
final class CharView implements ArrayText {
  private char[] chars = new char[0];
  private int offset;
  private int length;

  CharView set(char[] chars, int offset, int length) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    return this;
  }

  @Override
  public char[] array() {
    return chars;
  }

  @Override
  public int offset() {
    return offset;
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
    return chars[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException(start);
    }
    return new String(chars, offset + start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, offset, length);
  }
}
