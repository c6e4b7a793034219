package dev.heatmap.input.bytes;

import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import java.io.IOException;

/**
 * An extractor that can also set up a file on disk to be read in parts by several workers (see
 * {@link FileParts}).
 *
 * <p>Contract: {@link #parts} looks only at the start of the input (as {@link Extractor#extract}
 * does to choose its field), notes its choices where {@code extract} would, and returns the parts'
 * setup; or null when this input must be read whole (UTF-16 text, a layout with no safe
 * boundaries), having noted nothing. It throws as {@code extract} would for an input that cannot be
 * read at all. It does not consume the input's stream, so {@code extract} can still read it.
 */
public interface Splittable {
  FileParts parts(Input input) throws IOException;
}
