package dev.heatmap.input;

import dev.heatmap.Diagnostics;
import dev.heatmap.HeatmapException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One input read the way Analysis reads it (open, detect the type, extract), into a {@link
 * Recorder}: the type chosen, the records, the notes, and the error if the file failed.
 */
record Extraction(InputType type, List<String> events, List<String> notes, String error) {
  static Extraction of(Path file, InputConfig config) {
    return of(Source.file(file), config);
  }

  static Extraction stdin(InputStream in, InputConfig config) {
    return of(Source.stdin(in), config);
  }

  static Extraction of(Source source, InputConfig config) {
    Inputs inputs = new Inputs(config);
    Diagnostics d = new Diagnostics(source.name());
    Recorder r = new Recorder();
    InputType type = null;
    String error = null;
    try (Input in = inputs.open(source)) {
      type = inputs.typeOf(in, d);
      inputs.extractor(type, d).extract(in, r);
    } catch (HeatmapException e) {
      error = e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Extraction(type, r.events, d.notes(), error);
  }

  /** A fixture under src/test/resources/input. */
  static Path fixture(String name) {
    try {
      return Path.of(Extraction.class.getResource("/input/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputConfig config() {
    return InputConfig.auto();
  }

  static InputConfig field(String field) {
    return InputConfig.auto().withFields(new FieldSpec(field), null);
  }

  static InputConfig fields(String field, String group) {
    return InputConfig.auto()
        .withFields(field == null ? null : new FieldSpec(field), new FieldSpec(group));
  }
}
