package dev.heatmap.cli;

import dev.heatmap.input.extract.ReadProgress;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The progress line on standard error while inputs are read: bytes read of the total (when every
 * input's size is known), records, rate and time left, redrawn in place a few times a second. It
 * appears only once the work has lasted {@link #DELAY_MILLIS}, so that quick runs show nothing, and
 * it is erased before any message is printed and when reading ends. Never on standard output.
 *
 * <p>The workers only add to two counters; a daemon thread draws.
 */
final class Progress implements ReadProgress, AutoCloseable {
  /** How long reading must last before the line appears. */
  static final long DELAY_MILLIS = 1000;

  private static final long TICK_MILLIS = 250;

  private final PrintStream err;
  private final long total;
  private final boolean terminal;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder records = new LongAdder();
  private final Thread ticker;
  private int width; // characters of the line now shown, 0 when none is
  private boolean closed;

  /**
   * Whether to show progress: as forced ({@code --progress}, {@code --no-progress}), else when
   * standard error is a terminal.
   */
  static boolean wanted(Boolean forced, boolean stderrTerminal) {
    return forced != null ? forced : stderrTerminal;
  }

  /**
   * @param total the bytes of all inputs, or -1 when not known (standard input)
   * @param terminal whether {@code err} is a terminal (else the line is erased with spaces)
   */
  Progress(PrintStream err, long total, boolean terminal, long delayMillis) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    this.ticker = new Thread(this::tick, "heatmap-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  @Override
  public void add(long bytes, long records) {
    if (bytes != 0) {
      this.bytes.add(bytes);
    }
    if (records != 0) {
      this.records.add(records);
    }
  }

  private void tick() {
    try {
      long wait = delayNanos - (System.nanoTime() - start);
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      while (true) {
        synchronized (this) {
          if (closed) {
            return;
          }
          draw(line(System.nanoTime() - start));
        }
        Thread.sleep(TICK_MILLIS);
      }
    } catch (InterruptedException e) {
      // closed while waiting
    }
  }

  /**
   * Runs {@code printing} (which prints messages on standard error) with the progress line out of
   * its way; the next tick draws the line again below them.
   */
  synchronized void print(Runnable printing) {
    erase();
    printing.run();
  }

  /** Stops drawing and erases the line. */
  @Override
  public synchronized void close() {
    closed = true;
    ticker.interrupt();
    erase();
  }

  private void draw(String line) {
    StringBuilder sb = new StringBuilder("\r").append(line);
    if (terminal) {
      sb.append("\u001b[K");
    } else {
      for (int i = line.length(); i < width; i++) {
        sb.append(' ');
      }
    }
    err.print(sb);
    err.flush();
    width = line.length();
  }

  private void erase() {
    if (width > 0) {
      err.print(terminal ? "\r\u001b[K" : "\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  /** The progress line after {@code elapsedNanos}. */
  String line(long elapsedNanos) {
    long done = bytes.sum();
    long n = records.sum();
    double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
    StringBuilder sb = new StringBuilder("heatmap: ");
    if (total > 0) {
      done = Math.min(done, total);
      sb.append(megabytes(done)).append(" of ").append(megabytes(total));
      sb.append(" (").append(done * 100 / total).append("%)");
    } else {
      sb.append(megabytes(done)).append(" read");
    }
    sb.append(", ").append(grouped(n)).append(n == 1 ? " record" : " records");
    double rate = done / seconds;
    sb.append(", ").append(String.format(java.util.Locale.ROOT, "%.0f MB/s", rate / 1e6));
    if (total > 0 && rate > 0 && done < total) {
      sb.append(", ").append(clock((long) ((total - done) / rate))).append(" left");
    }
    return sb.toString();
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
  }
}
