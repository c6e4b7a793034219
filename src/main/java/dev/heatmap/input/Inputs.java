package dev.heatmap.input;

import dev.heatmap.HeatmapException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/** Opens a {@link Source} and chooses the extractor for it. */
public final class Inputs {
  private final InputConfig config;

  public Inputs(InputConfig config) {
    this.config = config;
  }

  /**
   * Opens the source's bytes, ready to read.
   *
   * @throws HeatmapException naming the source when it is missing, a directory or unreadable
   */
  public InputStream open(Source source) {
    try {
      if (source.path() != null && Files.isDirectory(source.path())) {
        throw HeatmapException.input(source.name() + ": is a directory");
      }
      return new BufferedInputStream(source.openRaw(), 1 << 16);
    } catch (NoSuchFileException e) {
      throw HeatmapException.input(source.name() + ": no such file");
    } catch (AccessDeniedException e) {
      throw HeatmapException.input(source.name() + ": permission denied");
    } catch (IOException e) {
      throw HeatmapException.input(source.name() + ": cannot open: " + e.getMessage(), e);
    }
  }

  /** The type to read {@code source} as. */
  public InputType typeOf(Source source) {
    if (config.type() != null) {
      return config.type();
    }
    InputType byName = source.isStdin() ? null : InputType.byFileName(source.name());
    return byName != null ? byName : InputType.TEXT;
  }
}
