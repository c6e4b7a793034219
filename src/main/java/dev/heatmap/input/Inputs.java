package dev.heatmap.input;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.bytes.TruncatedGzip;
import dev.heatmap.input.csv.CsvExtractor;
import dev.heatmap.input.excel.ExcelExtractor;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.Magic;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.extract.Source;
import dev.heatmap.input.json.JsonExtractor;
import dev.heatmap.input.mail.MailExtractor;
import dev.heatmap.input.text.TextExtractor;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;

/** Opens a {@link Source}, takes off any gzip layer, and chooses the type and extractor for it. */
public final class Inputs {
  private static final int BUFFER = 1 << 16;

  private final InputConfig config;
  private final ReadProgress progress;

  public Inputs(InputConfig config) {
    this(config, ReadProgress.NONE);
  }

  /** Inputs whose raw bytes are counted to {@code progress} as they are read. */
  public Inputs(InputConfig config, ReadProgress progress) {
    this.config = config;
    this.progress = progress;
  }

  public InputConfig config() {
    return config;
  }

  /**
   * Opens the source's bytes, decompressing gzip (recognised by its magic number, whatever the
   * name, standard input included).
   *
   * @throws HeatmapException naming the source when it is missing, a directory or unreadable
   */
  public Input open(Source source) {
    InputStream raw = null;
    try {
      if (source.path() != null && Files.isDirectory(source.path())) {
        throw HeatmapException.input(source.name() + ": is a directory");
      }
      raw = source.openRaw();
      if (progress != ReadProgress.NONE) {
        raw = new CountingStream(raw, progress);
      }
      BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      if (b0 == 0x1f && b1 == 0x8b) {
        TruncatedGzip gzip = new TruncatedGzip(new GZIPInputStream(in, BUFFER));
        return new Input(source, new BufferedInputStream(gzip, BUFFER), gzip::truncated);
      }
      return new Input(source, in, false);
    } catch (NoSuchFileException e) {
      throw HeatmapException.input(source.name() + ": no such file");
    } catch (AccessDeniedException e) {
      throw HeatmapException.input(source.name() + ": permission denied");
    } catch (IOException e) {
      closeQuietly(raw);
      throw HeatmapException.input(source.name() + ": cannot open: " + e.getMessage(), e);
    }
  }

  /**
   * The type to read {@code input} as: the forced type, else the one its file name's extension
   * names, else the one its content looks like. A file that is something heatmap does not read (an
   * image, an executable, an archive) is refused by name.
   *
   * @throws HeatmapException naming the input and what it is when it cannot be read
   */
  public InputType typeOf(Input input) throws IOException {
    return typeOf(input, null);
  }

  /**
   * {@link #typeOf(Input)}, noting to {@code d} (when not null) a type the content chose over the
   * file name's extension.
   */
  public InputType typeOf(Input input, Diagnostics d) throws IOException {
    byte[] head = input.head();
    Magic magic = Magic.of(head, head.length);
    InputType type = config.type();
    if (type == null && !input.source().isStdin()) {
      String unsupported = InputType.unsupportedExtension(input.name());
      if (unsupported != null) {
        throw HeatmapException.input(
            input.name() + ": " + unsupported + " is not supported (" + supported() + ")");
      }
      type = InputType.byFileName(input.name());
      if (type == InputType.TEXT && (TextDecoder.isUtf16(head, head.length) || !hasNul(head))) {
        // Content beats the extension: a .log holding JSON lines or CSV is read as that.
        InputType content = ContentSniffer.notText(head, input.name());
        if (content != null) {
          if (d != null) {
            d.note(
                "content is "
                    + (content == InputType.JSON ? "JSON lines" : "CSV")
                    + " (the "
                    + extension(input.name())
                    + " extension was ignored)");
          }
          type = content;
        }
      }
    }
    if (type == InputType.EXCEL) {
      return type; // the Excel extractor tells workbooks from impostors itself
    }
    if (magic == Magic.ZIP || magic == Magic.OLE2 || magic == Magic.OLD_BIFF) {
      if (type == null) {
        return InputType.EXCEL;
      }
    }
    if (magic != null) {
      throw HeatmapException.input(
          input.name()
              + ": "
              + magic.description()
              + (type == null ? "" : ", not " + type.id())
              + " ("
              + supported()
              + ")");
    }
    // NUL bytes refuse a file only when no type was given: with --type, a log padded with NULs
    // after a crash is read, and its NUL lines are skipped with their reason.
    // Without a type, NUL runs in text that is otherwise clean (a log padded after a crash) are
    // padding, not binary: the file is read as text and those lines skipped, said in one line.
    if (config.type() == null && !TextDecoder.isUtf16(head, head.length) && hasNul(head)) {
      long padding = nulPadding(head);
      if (padding < 0) {
        throw HeatmapException.input(
            input.name() + ": binary data (NUL bytes), not text (" + supported() + ")");
      }
      if (d != null) {
        d.note(
            padding
                + " NUL bytes in runs in the first "
                + (head.length >> 10)
                + " KiB: read as text padded with NULs (a log cut short by a crash?); lines of"
                + " NULs are skipped");
      }
      byte[] text = withoutNul(head);
      return type != null ? type : ContentSniffer.sniff(text, input.name());
    }
    return type != null ? type : ContentSniffer.sniff(head, input.name());
  }

  /** A new extractor for {@code type} with this run's settings, noting its choices to {@code d}. */
  public Extractor extractor(InputType type, Diagnostics d) {
    switch (type) {
      case TEXT:
        return new TextExtractor(config, d);
      case CSV:
        return new CsvExtractor(config, d);
      case JSON:
        return new JsonExtractor(config, d);
      case EXCEL:
        return new ExcelExtractor(config, d);
      case MAIL:
        return new MailExtractor(config, d);
      default:
        throw new AssertionError(type);
    }
  }

  private static String supported() {
    return "supported: " + InputType.names();
  }

  private static boolean hasNul(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** The shortest run of NUL bytes taken for padding rather than binary data. */
  static final int MIN_NUL_RUN = 16;

  /**
   * How many NUL bytes {@code head} holds when they all come in runs of at least {@link
   * #MIN_NUL_RUN} (or end the head) and the other bytes hold text (tabs, line ends, ESC and
   * printable bytes, no other control byte); -1 when they do not: then the bytes are binary.
   */
  static long nulPadding(byte[] head) {
    long nul = 0;
    int run = 0;
    int textBytes = 0;
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        run++;
        continue;
      }
      if (run > 0 && run < MIN_NUL_RUN) {
        return -1; // a NUL here and there: binary, or UTF-16 without its mark
      }
      nul += run;
      run = 0;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x1b && b != '\f') {
        return -1;
      }
      textBytes++;
    }
    nul += run;
    return textBytes == 0 ? -1 : nul;
  }

  private static byte[] withoutNul(byte[] head) {
    byte[] out = new byte[head.length];
    int n = 0;
    for (byte b : head) {
      if (b != 0) {
        out[n++] = b;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Counts the raw bytes read, compressed or not, for the progress display. */
  private static final class CountingStream extends java.io.FilterInputStream {
    private final ReadProgress progress;

    CountingStream(InputStream in, ReadProgress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.add(1, 0);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        progress.add(n, 0);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      if (k > 0) {
        progress.add(k, 0);
      }
      return k;
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing; the open error is the one to report
      }
    }
  }

  private static String extension(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "file's" : base.substring(dot);
  }
}
