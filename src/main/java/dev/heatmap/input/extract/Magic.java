package dev.heatmap.input.extract;

/**
 * File signatures ("magic numbers") that tell what a file is from its first bytes, whatever its
 * name says. Containers heatmap reads (gzip, the zip of an xlsx, the OLE2 of an xls) are here next
 * to formats it refuses by name (images, executables, other archives).
 */
public enum Magic {
  GZIP("a gzip archive", 0x1f, 0x8b),
  ZIP("a zip archive", 'P', 'K', 3, 4),
  EMPTY_ZIP("an empty zip archive", 'P', 'K', 5, 6),
  OLE2("an OLE2 compound document", 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  PDF("a PDF document", '%', 'P', 'D', 'F', '-'),
  PNG("a PNG image", 0x89, 'P', 'N', 'G', 0x0d, 0x0a),
  JPEG("a JPEG image", 0xff, 0xd8, 0xff),
  GIF("a GIF image", 'G', 'I', 'F', '8'),
  ELF("an ELF executable", 0x7f, 'E', 'L', 'F'),
  JAVA_CLASS("a Java class file", 0xca, 0xfe, 0xba, 0xbe),
  MACH_O("a Mach-O executable", 0xcf, 0xfa, 0xed, 0xfe),
  BZIP2("a bzip2 archive", 'B', 'Z', 'h'),
  XZ("an xz archive", 0xfd, '7', 'z', 'X', 'Z', 0),
  ZSTD("a zstd archive", 0x28, 0xb5, 0x2f, 0xfd),
  SEVEN_ZIP("a 7-Zip archive", '7', 'z', 0xbc, 0xaf, 0x27, 0x1c),
  RAR("a RAR archive", 'R', 'a', 'r', '!', 0x1a, 0x07),
  SQLITE("an SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'),
  /** A bare BIFF2–BIFF4 worksheet: Excel 2.x to 4.x wrote these before OLE2 containers. */
  OLD_BIFF("an Excel 2.x-4.x worksheet", 0x09, -1, -1, 0x00);

  private final String description;
  private final int[] bytes;

  Magic(String description, int... bytes) {
    this.description = description;
    this.bytes = bytes;
  }

  /** What the file is, for messages: "a PDF document". */
  public String description() {
    return description;
  }

  /** The signature that {@code head} starts with, or null. */
  public static Magic of(byte[] head, int length) {
    for (Magic m : values()) {
      if (m.matches(head, length)) {
        return m;
      }
    }
    return null;
  }

  private boolean matches(byte[] head, int length) {
    if (length < bytes.length) {
      return false;
    }
    if (this == OLD_BIFF) {
      // BOF record 0x0009/0x0209/0x0409 (BIFF2/3/4) followed by its little-endian length.
      int hi = head[1] & 0xff;
      return (head[0] & 0xff) == 0x09 && (hi == 0x00 || hi == 0x02 || hi == 0x04) && head[3] == 0;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
