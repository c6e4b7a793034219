package dev.heatmap.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The temporary files a run has made and not yet removed (the report before its rename, a workbook
 * spooled from a pipe or gzip): each is registered when it is made and deleted on every exit path,
 * a SIGINT or SIGTERM included, by one shutdown hook. {@link java.io.File#deleteOnExit} would keep
 * every path for the life of the process; this forgets a file once its owner has removed it.
 */
public final class TempFiles {
  private static final Set<Path> LIVE = new LinkedHashSet<>();
  private static boolean hooked;

  private TempFiles() {}

  /** Registers {@code file} for deletion should the process end before {@link #release}. */
  public static synchronized void register(Path file) {
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "heatmap-cleanup"));
    }
    LIVE.add(file);
  }

  /** Deletes {@code file} now (when it is still there) and forgets it. */
  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // best effort: the name says what it was; the shutdown hook tries again
      return;
    }
    release(file);
  }

  /** Forgets {@code file}: it has been renamed into place or deleted by its owner. */
  public static synchronized void release(Path file) {
    LIVE.remove(file);
  }

  private static synchronized void deleteAll() {
    for (Path p : LIVE) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // nothing more can be done while the process ends
      }
    }
    LIVE.clear();
  }
}
