package dev.heatmap.input.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's defences against hostile workbooks, which POI offers only as process-wide settings: a zip
 * entry may inflate at most {@code maxInflation} times its compressed size, to at most {@code
 * maxEntrySize} bytes, in at most {@code maxEntries} entries (zip bombs), and no single allocation
 * POI makes from a size the file claims may pass {@code maxAllocation} bytes. {@link #apply} sets
 * them, every time a workbook is about to be read, rather than a static initializer doing so as a
 * side effect of loading a class: a program that embeds heatmap and also uses POI sees where its
 * settings are changed.
 */
record PoiLimits(double maxInflation, long maxEntrySize, long maxEntries, int maxAllocation) {
  /** What heatmap reads workbooks with. */
  static final PoiLimits HEATMAP = new PoiLimits(100, 2L << 30, 1000, 64 << 20);

  PoiLimits {
    if (maxInflation < 1 || maxEntrySize < 1 || maxEntries < 1 || maxAllocation < 1) {
      throw new IllegalArgumentException("POI's limits are positive");
    }
  }

  /**
   * These limits for a workbook that came through a layer of compression (gzip) that already
   * expanded it {@code outer} times: the zip's entries may expand only what is left of the same
   * inflation limit, so gzip on top of a zip cannot multiply the two.
   */
  PoiLimits under(double outer) {
    double left = Math.max(1, maxInflation / Math.max(1, outer));
    return new PoiLimits(left, maxEntrySize, maxEntries, maxAllocation);
  }

  /** Sets these limits for the process (POI has no other scope for them). */
  void apply() {
    ZipSecureFile.setMinInflateRatio(1 / maxInflation);
    ZipSecureFile.setMaxEntrySize(maxEntrySize);
    ZipSecureFile.setMaxFileCount(maxEntries);
    IOUtils.setByteArrayMaxOverride(maxAllocation);
  }
}
