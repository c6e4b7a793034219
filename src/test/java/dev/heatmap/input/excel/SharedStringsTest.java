package dev.heatmap.input.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Item 9 of issue 17: a workbook whose shared strings expand to gigabytes took 2.2 GB to read ten
 * rows. The strings are now held against a budget and the workbook refused the moment they pass it,
 * even when the XML never ends.
 */
class SharedStringsTest {
  private static SharedStrings of(String xml, long budget) {
    return new SharedStrings(
        () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), budget);
  }

  @Test
  void plainAndRichTextItemsReadAsExcelShowsThem() {
    SharedStrings s =
        of(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>2024-01-01T10:00:00Z</t></si>"
                + "<si><r><t>2024-01-01 </t></r><r><rPr><b/></rPr><t>11:00</t></r>"
                + "<rPh><t>phonetic</t></rPh></si>"
                + "<si/></sst>",
            1 << 20);

    assertEquals("2024-01-01T10:00:00Z", s.get(0));
    assertEquals("2024-01-01 11:00", s.get(1));
    assertEquals("", s.get(2));
    assertNull(s.get(3));
    assertNull(s.get(-1));
  }

  @Test
  void stringsPastTheBudgetAreRefusedWithoutReadingTheRest() {
    // An endless stream of strings: only the budget can stop it.
    byte[] item = "<si><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></si>".getBytes();
    byte[] head = "<sst>".getBytes();
    InputStream endless =
        new InputStream() {
          private long at;

          @Override
          public int read() {
            long i = at++;
            return i < head.length
                ? head[(int) i]
                : item[(int) ((i - head.length) % item.length)] & 0xff;
          }
        };
    SharedStrings s = new SharedStrings(() -> endless, 1 << 20);

    SharedStrings.TooLarge e = assertThrows(SharedStrings.TooLarge.class, () -> s.get(0));
    assertEquals("the workbook's shared strings take more than 1 MiB", e.getMessage());
  }

  @Test
  void manyEmptyStringsCountAgainstTheBudgetToo() {
    StringBuilder xml = new StringBuilder("<sst>");
    for (int i = 0; i < 200_000; i++) {
      xml.append("<si/>");
    }
    SharedStrings s = of(xml.append("</sst>").toString(), 1 << 20);

    assertThrows(SharedStrings.TooLarge.class, () -> s.get(0));
  }

  @Test
  void theBudgetIsAQuarterOfTheHeapAtMost256Mebibytes() {
    long budget = SharedStrings.budget();
    assertTrue(budget <= 256L << 20);
    assertTrue(budget <= Runtime.getRuntime().maxMemory() / 4);
  }

  @Test
  void aWorkbookWithoutSharedStringsHasNone() {
    assertNull(new SharedStrings(() -> null, 1 << 20).get(0));
  }
}
