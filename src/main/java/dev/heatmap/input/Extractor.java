package dev.heatmap.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the records of one input format and hands their timestamp values to a {@link RecordSink}.
 *
 * <p>Contract: {@link #extract} reads {@code in} to the end in one streaming pass, never holding
 * the whole input, and calls the sink once per record. A record it can delimit but not use (a
 * malformed JSON line, a row with no timestamp cell) goes to {@link RecordSink#skip} and reading
 * goes on. When the input as a whole cannot be read as this format it throws a {@link
 * dev.heatmap.HeatmapException} whose message names {@code source} (and line and column when
 * known); the records passed to the sink before that stay counted. I/O errors propagate.
 */
public interface Extractor {
  void extract(Source source, InputStream in, RecordSink sink) throws IOException;
}
