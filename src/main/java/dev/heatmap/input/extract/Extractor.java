package dev.heatmap.input.extract;

import dev.heatmap.core.RecordSink;
import java.io.IOException;

/**
 * Finds the records of one input format and hands their timestamp values to a {@link RecordSink}.
 *
 * <p>Contract: {@link #extract} reads the input to the end in one streaming pass (after looking
 * ahead at a bounded start of it to choose the field), never holding the whole input, and calls the
 * sink once per record. A record it can delimit but not use (a malformed JSON line, a row with no
 * timestamp cell) goes to {@link RecordSink#skip} and reading goes on. When the input as a whole
 * cannot be read as this format it throws a {@link dev.heatmap.core.HeatmapException} whose message
 * names the input (and line and column when known); the records passed to the sink before that stay
 * counted. It never lets a library's runtime exception or a stack overflow escape for bad input.
 * I/O errors propagate.
 */
public interface Extractor {
  void extract(Input input, RecordSink sink) throws IOException;
}
