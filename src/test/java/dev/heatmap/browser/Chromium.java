package dev.heatmap.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven from its command line: one launch loads one page, lets its scripts run
 * for a fixed stretch of virtual time, and writes the DOM as it then is ({@code --dump-dom}), a
 * screenshot, and every console message (Chromium logs them to stderr with {@code
 * --enable-logging=stderr}, CSP violations included).
 *
 * <p>Each launch gets a fresh profile directory inside the caller's work directory, and the flags a
 * root user in a container needs; nothing is fetched from the network and nothing is kept between
 * launches. A launch that outlives its timeout is killed with every process it started.
 */
final class Chromium {
  /** The flags every launch gets: headless, as root in a container, quiet on the network. */
  static final List<String> BASE_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          // Resolve no host name at all: the pages are local files, and Chromium's own start-up
          // requests (account checks and the like) then fail without a DNS query.
          "--host-resolver-rules=MAP * ~NOTFOUND",
          // And no connection either, even to an address: everything goes to a proxy on a port
          // nothing listens on (the discard port), so a page has no network access at all.
          "--proxy-server=127.0.0.1:9",
          "--proxy-bypass-list=<-loopback>",
          "--hide-scrollbars",
          "--force-device-scale-factor=1",
          "--enable-logging=stderr",
          "--v=0");

  /**
   * A console line: {@code [pid:tid:time:INFO:CONSOLE:line] "message", source: url (line)} (older
   * builds write {@code CONSOLE(line)}).
   */
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(][^\\]]*\\] (.*)$");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /**
   * The browser named by {@code HEATMAP_CHROMIUM}, else {@code chromium} (Debian's package) or
   * {@code chromium-browser} on PATH; empty when there is none.
   */
  static Optional<Chromium> find() {
    String named = System.getenv("HEATMAP_CHROMIUM");
    if (named != null && !named.isBlank()) {
      Path p = Path.of(named);
      return Files.isExecutable(p) ? Optional.of(new Chromium(p)) : Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path p = dir.isEmpty() ? null : Path.of(dir, name);
        if (p != null && Files.isExecutable(p)) {
          return Optional.of(new Chromium(p));
        }
      }
    }
    return Optional.empty();
  }

  /** What to do with the page, on top of {@link #BASE_FLAGS}. */
  record Visit(Path page, boolean javascript, int width, int height, Duration timeout) {
    static Visit of(Path page) {
      return new Visit(page, true, 1200, 1000, Duration.ofSeconds(60));
    }

    Visit withoutJavaScript() {
      return new Visit(page, false, width, height, timeout);
    }
  }

  /**
   * What one launch saw.
   *
   * @param dom the serialized DOM after the virtual-time budget
   * @param screenshot the PNG file of the window (deleted with the work directory by the caller)
   * @param console the page's console messages, each as {@code "message", source: url (line)}
   */
  record Page(String dom, Path screenshot, List<String> console) {}

  /**
   * Loads {@code visit.page()} and returns the DOM, the screenshot and the console; writes its
   * files into {@code work}.
   *
   * @throws AssertionError when Chromium does not finish in time (its processes are killed) or
   *     fails
   */
  Page open(Visit visit, Path work) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    if (!visit.javascript()) {
      // JavaScript off as a user turns it off, by the profile's content setting (2 = block).
      // (--blink-settings=scriptEnabled=false makes headless Chromium write no DOM and no
      // screenshot at all.)
      Files.writeString(
          Files.createDirectories(profile.resolve("Default")).resolve("Preferences"),
          "{\"profile\":{\"default_content_setting_values\":{\"javascript\":2}}}");
    }
    Path shot = Files.createTempFile(work, "screenshot", ".png");
    Files.delete(shot);
    Path out = Files.createTempFile(work, "dom", ".html");
    Path err = Files.createTempFile(work, "chromium", ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(executable.toString());
    cmd.addAll(BASE_FLAGS);
    cmd.add("--user-data-dir=" + profile);
    cmd.add("--window-size=" + visit.width() + "," + visit.height());
    // Virtual time runs as fast as the page lets it: 5 s of it is plenty for Plotly to draw, and
    // the DOM and screenshot are taken once it has passed.
    cmd.add("--virtual-time-budget=5000");
    cmd.add("--dump-dom");
    cmd.add("--screenshot=" + shot);
    cmd.add(visit.page().toUri().toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try {
      if (!p.waitFor(visit.timeout().toSeconds(), TimeUnit.SECONDS)) {
        killTree(p);
        throw new AssertionError(
            "Chromium did not finish loading "
                + visit.page()
                + " within "
                + visit.timeout().toSeconds()
                + " s and was killed (a JavaScript alert() or other dialog also blocks headless"
                + " Chromium like this); its log:\n"
                + tail(Files.readString(err, StandardCharsets.UTF_8)));
      }
    } finally {
      if (p.isAlive()) {
        killTree(p);
      }
    }
    String log = Files.readString(err, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new AssertionError(
          "Chromium exited with " + p.exitValue() + "; its log:\n" + tail(log));
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    if (dom.isEmpty() || !Files.isRegularFile(shot)) {
      throw new AssertionError(
          "Chromium exited without writing the DOM or the screenshot; its log:\n" + tail(log));
    }
    return new Page(dom, shot, console(log));
  }

  /** The console messages in a Chromium log. */
  static List<String> console(String log) {
    List<String> messages = new ArrayList<>();
    for (String line : log.split("\n")) {
      Matcher m = CONSOLE.matcher(line);
      if (m.find()) {
        messages.add(m.group(1));
      }
    }
    return messages;
  }

  /** Kills the process and everything it started, children first seen before any dies. */
  private static void killTree(Process p) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    for (ProcessHandle h : all) {
      h.destroyForcibly();
    }
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // SIGKILL cannot be refused; a process that is still a zombie is not running anything.
      }
    }
  }

  private static String tail(String log) {
    return log.length() <= 6000 ? log : "…" + log.substring(log.length() - 6000);
  }
}
