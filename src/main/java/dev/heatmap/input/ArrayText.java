package dev.heatmap.input;

/**
 * A value whose characters sit in a char array, {@code array()[offset(), offset() + length())}:
 * what the extractors hand a {@link RecordSink}, so that a parser can read the array itself rather
 * than call {@link #charAt} per character (much faster before the JIT has compiled the hot path).
 * Valid until the next record, like any value passed to a sink.
 */
public interface ArrayText extends CharSequence {
  char[] array();

  int offset();
}
