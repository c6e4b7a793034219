package dev.heatmap;

import dev.heatmap.grid.Tally;
import dev.heatmap.input.Input;
import dev.heatmap.input.InputConfig;
import dev.heatmap.input.InputType;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.Source;
import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.TimeResolver;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads inputs into one tally: for each source, open it, pick its extractor, resolve its values to
 * instants and count them. A source that fails is reported in its {@link FileResult}; the others
 * still count.
 */
public final class Analysis {
  private final Inputs inputs;
  private final TimeConfig time;
  private final Tally tally;

  public Analysis(InputConfig input, TimeConfig time) {
    this.inputs = new Inputs(input);
    this.time = time;
    this.tally = new Tally(time.zone(), time.inferTz());
  }

  /** Reads one source into the tally. Never throws for a bad input: the result says what failed. */
  public FileResult read(Source source) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    long before = tally.overall().total();
    try (Input in = inputs.open(source)) {
      InputType type = inputs.typeOf(in);
      TimeResolver resolver = new TimeResolver(time, tally, diagnostics);
      try {
        inputs.extractor(type, diagnostics).extract(in, resolver);
      } finally {
        resolver.finish(); // records held back for format detection count even after an error
      }
      return new FileResult(source.name(), diagnostics, tally.overall().total() - before, null);
    } catch (HeatmapException e) {
      return new FileResult(source.name(), diagnostics, tally.overall().total() - before, e);
    } catch (IOException | UncheckedIOException e) {
      String why =
          e instanceof EOFException
              ? "unexpected end of the data (a truncated file?)"
              : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new FileResult(
          source.name(),
          diagnostics,
          tally.overall().total() - before,
          HeatmapException.input(source.name() + ": read error: " + why, e));
    }
  }

  public Tally tally() {
    return tally;
  }

  /**
   * What reading one source gave.
   *
   * @param source the source's name
   * @param diagnostics its skipped records and warnings
   * @param counted how many timestamps it added
   * @param error why it could not be read to the end, or null
   */
  public record FileResult(
      String source, Diagnostics diagnostics, long counted, HeatmapException error) {
    public boolean failed() {
      return error != null;
    }
  }
}
