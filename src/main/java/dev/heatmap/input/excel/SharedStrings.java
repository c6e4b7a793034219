package dev.heatmap.input.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}), read on first use and held in bounded
 * memory: the text in pages of chars with one offset per string, every char and every offset
 * counted against {@link #budget}. A workbook whose strings pass it is refused ({@link TooLarge})
 * as soon as they do, without reading further, so a small file that expands to gigabytes of strings
 * fails that file, not the run. POI's read-only table would hold every string as an object of its
 * own, which is where a 1 MB {@code .xlsx.gz} once took 2.2 GB.
 */
final class SharedStrings {
  /** The most memory the strings may take, whatever the heap. */
  static final long MOST = 256L << 20;

  /** The most memory the strings may take: a quarter of the heap, at most {@link #MOST}. */
  static long budget() {
    return Math.min(MOST, Runtime.getRuntime().maxMemory() / 4);
  }

  private static final int PAGE = 1 << 16;

  /** Thrown when the strings pass {@link #budget}. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long bytes) {
      super("the workbook's shared strings take more than " + (bytes >> 20) + " MiB");
    }
  }

  /** Opens the XML of the shared strings, or gives null when the workbook has none. */
  interface Part {
    InputStream open() throws IOException;
  }

  private final Part part;
  private final long budgetBytes;
  private boolean loaded;
  private char[][] pages = new char[4][];
  private int pageCount;
  private long chars;
  private long[] starts = new long[1024];
  private int count;

  SharedStrings(Part part, long budgetBytes) {
    this.part = part;
    this.budgetBytes = budgetBytes;
  }

  /** The string at {@code index}, or null when there is none. */
  String get(int index) {
    load();
    if (index < 0 || index >= count) {
      return null;
    }
    long from = starts[index];
    long to = index + 1 < count ? starts[index + 1] : chars;
    StringBuilder sb = new StringBuilder((int) (to - from));
    for (long at = from; at < to; ) {
      char[] page = pages[(int) (at / PAGE)];
      int off = (int) (at % PAGE);
      int n = (int) Math.min(to - at, PAGE - off);
      sb.append(page, off, n);
      at += n;
    }
    return sb.toString();
  }

  /** Reads the strings the first time one is asked for; a read error is unchecked. */
  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try (InputStream xml = part.open()) {
      if (xml == null) {
        return;
      }
      XMLReader reader = XlsxReader.xmlReader();
      reader.setContentHandler(new Handler());
      reader.parse(new InputSource(xml));
    } catch (TooLarge e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /** Memory used so far, in bytes: two per char, eight per string. */
  private long used() {
    return chars * 2 + (long) count * 8;
  }

  private void startString() {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
    }
    starts[count++] = chars;
    if (used() > budgetBytes) {
      throw new TooLarge(budgetBytes);
    }
  }

  private void append(char[] ch, int start, int length) {
    if (used() + 2L * length > budgetBytes) {
      throw new TooLarge(budgetBytes);
    }
    while (length > 0) {
      int page = (int) (chars / PAGE);
      if (page == pageCount) {
        if (pageCount == pages.length) {
          pages = Arrays.copyOf(pages, pageCount * 2);
        }
        pages[pageCount++] = new char[PAGE];
      }
      int off = (int) (chars % PAGE);
      int n = Math.min(length, PAGE - off);
      System.arraycopy(ch, start, pages[page], off, n);
      chars += n;
      start += n;
      length -= n;
    }
  }

  /**
   * {@code <si>} items, each the text of its {@code <t>} elements (a plain one or the runs of rich
   * text), phonetic runs ({@code <rPh>}) left out as Excel shows them.
   */
  private final class Handler extends DefaultHandler {
    private boolean inText;
    private int phonetic;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "si" -> startString();
        case "t" -> inText = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> {
          // other elements carry formatting only
        }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("t")) {
        inText = false;
      } else if (local.equals("rPh")) {
        phonetic--;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && count > 0) {
        append(ch, start, length);
      }
    }
  }
}
