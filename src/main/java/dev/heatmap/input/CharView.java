package dev.heatmap.input;

/**
 * A window on a char array that is reused from record to record, handed to a {@link RecordSink} as
 * its value without copying. Not thread-safe; a sink that keeps the value copies it.
 */
final class CharView extends ArrayText {
  CharView set(char[] chars, int offset, int length) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    return this;
  }
}
