package dev.heatmap.input;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.FormatDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One input read the way Analysis reads it (open, detect the type, extract), into a {@link
 * Recorder}: the type chosen, the records, the notes, and the error if the file failed.
 */
public record Extraction(InputType type, List<String> events, List<String> notes, String error) {
  public static Extraction of(Path file, InputConfig config) {
    return of(Source.file(file), config);
  }

  public static Extraction stdin(InputStream in, InputConfig config) {
    return of(Source.stdin(in), config);
  }

  public static Extraction of(Source source, InputConfig config) {
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
  public static Path fixture(String name) {
    try {
      return Path.of(Extraction.class.getResource("/input/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static InputConfig config() {
    return InputConfig.auto(FormatDetector.JUDGE);
  }

  public static InputConfig field(String field) {
    return InputConfig.auto(FormatDetector.JUDGE).withFields(new FieldSpec(field), null);
  }

  public static InputConfig fields(String field, String group) {
    return InputConfig.auto(FormatDetector.JUDGE)
        .withFields(field == null ? null : new FieldSpec(field), new FieldSpec(group));
  }
}
