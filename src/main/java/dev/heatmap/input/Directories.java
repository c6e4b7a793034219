package dev.heatmap.input;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory named as an input: the files inside it, recursively, in a stable order (sorted by
 * their path), hidden files and folders (a name starting with {@code .}) skipped. A folder that is
 * one export is read as that export: a Slack export (a workspace folder with {@code channels.json}
 * or {@code users.json}, or one channel's folder) gives only its per-day message files, a Telegram
 * Desktop export folder gives only its {@code result.json}. What was chosen is noted.
 */
public final class Directories {
  private Directories() {}

  /** The files a directory stands for, and the note that says how it was read. */
  public record Expansion(List<Source> sources, Diagnostics diagnostics) {}

  /**
   * The files of {@code dir}.
   *
   * @throws HeatmapException naming the directory when it cannot be listed
   */
  public static Expansion expand(Path dir, String name) {
    Diagnostics d = new Diagnostics(name);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> !hidden(dir, p) && Files.isRegularFile(p)).forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw HeatmapException.input(name + ": cannot list the directory: " + e.getMessage());
    }
    files.sort((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()));
    List<Path> chosen = files;
    Path telegram = dir.resolve("result.json");
    if (Files.isRegularFile(telegram) && files.stream().anyMatch(Directories::telegramSide)) {
      chosen = List.of(telegram);
      d.note("a Telegram Desktop export folder: reading result.json only");
    } else {
      List<Path> days = new ArrayList<>();
      for (Path p : files) {
        if (isSlackDay(p)) {
          days.add(p);
        }
      }
      boolean workspace =
          Files.isRegularFile(dir.resolve("channels.json"))
              || Files.isRegularFile(dir.resolve("users.json"));
      if (!days.isEmpty() && (workspace || days.size() == files.size())) {
        long channels = days.stream().map(Path::getParent).distinct().count();
        d.note(
            "a Slack export: "
                + days.size()
                + " day files in "
                + channels
                + (channels == 1 ? " channel" : " channels")
                + (files.size() > days.size()
                    ? " (" + (files.size() - days.size()) + " other files not read)"
                    : ""));
        chosen = days;
      }
    }
    if (chosen.isEmpty()) {
      throw HeatmapException.input(name + ": the directory holds no files");
    }
    List<Source> sources = new ArrayList<>(chosen.size());
    for (Path p : chosen) {
      sources.add(Source.file(p));
    }
    return new Expansion(sources, d);
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Files a Telegram Desktop export writes beside result.json. */
  private static boolean telegramSide(Path p) {
    String n = p.getFileName().toString();
    return n.equals("result.json") || n.equals("export_results.html") || n.startsWith("messages");
  }

  /** {@code <channel>/YYYY-MM-DD.json}. */
  private static boolean isSlackDay(Path p) {
    String n = p.getFileName().toString();
    if (n.length() != 15 || !n.endsWith(".json")) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = n.charAt(i);
      boolean dash = i == 4 || i == 7;
      if (dash ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
