package dev.heatmap.input.extract;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads of an input's bytes at any position, as a local file's channel or a distributed file
 * system's stream (Hadoop's {@code PositionedReadable}) gives them: what reading an input in parts
 * needs.
 */
public interface Positional extends Closeable {
  /**
   * Reads up to {@code len} bytes starting at {@code position} into {@code b} from {@code off};
   * returns how many, or -1 at the end. Does not depend on any earlier read.
   */
  int read(long position, byte[] b, int off, int len) throws IOException;
}
