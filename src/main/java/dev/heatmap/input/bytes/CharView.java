package dev.heatmap.input.bytes;

import dev.heatmap.core.ArrayText;
import dev.heatmap.core.RecordSink;

/**
 * A window on a char array that is reused from record to record, handed to a {@link RecordSink} as
 * its value without copying. Not thread-safe; a sink that keeps the value copies it.
 */
public final class CharView extends ArrayText {
  public CharView set(char[] chars, int offset, int length) {
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    return this;
  }
}
