package dev.heatmap.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Report} in one output format. Contract: writes the whole report to {@code out}
 * (UTF-8 where the format is text) and does not close it; escapes every string of the report for
 * the place it lands; the same report gives the same bytes every time.
 */
public interface Renderer {
  void render(Report report, OutputStream out) throws IOException;
}
