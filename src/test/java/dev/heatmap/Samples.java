package dev.heatmap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Inputs for the tests of parallel and byte-level reading: every format with the features that make
 * cutting and byte parsing hard, mixed in at random (but always the same, by seed): blank and empty
 * lines, CRLF, a BOM, a last line without its LF, invalid and non-ASCII UTF-8, escapes, quotes,
 * malformed records, values that are not timestamps.
 */
public final class Samples {
  private Samples() {}

  /** The file's bytes, made by {@code kind} with {@code seed}; {@code n} records or so. */
  public static byte[] make(String kind, long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    Out out = new Out();
    if (r.nextInt(3) == 0) {
      out.raw(0xef, 0xbb, 0xbf);
    }
    switch (kind) {
      case "text" -> text(r, out, n);
      case "text-long-line" -> {
        text(r, out, n / 2);
        out.text("\n2024-01-01 10:00:00" + " ".repeat(3 << 20) + "\n");
        text(r, out, n / 2);
      }
      case "jsonl" -> jsonLines(r, out, n);
      case "jsonl-long-line" -> {
        jsonLines(r, out, n / 2);
        out.text("\n{\"ts\": \"" + "x".repeat(1 << 19) + "\"}\n");
        jsonLines(r, out, n / 2);
      }
      case "conti" -> conti(r, out, n, false);
      case "conti-crlf" -> conti(r, out, n, true);
      case "conti-broken" -> {
        conti(r, out, n / 2, false);
        out.text("{\n  \"ts\": \"2021-01-01 10:00:00\",\n  \"x\": [1, 2,,]\n}\n");
        conti(r, out, n / 2, false);
      }
      case "csv" -> csv(r, out, n, ',', 0);
      case "csv-semicolon" -> csv(r, out, n, ';', 0);
      case "csv-odd" -> csv(r, out, n, ',', 1);
      case "csv-quoted-newline" -> csv(r, out, n, ',', 2);
      default -> throw new IllegalArgumentException(kind);
    }
    return out.bytes();
  }

  /** The extension a sample of {@code kind} is named with. */
  public static String extension(String kind) {
    if (kind.startsWith("conti")) {
      return ".json";
    }
    if (kind.startsWith("csv")) {
      return ".csv";
    }
    return kind.startsWith("jsonl") ? ".jsonl" : ".txt";
  }

  private static String time(SplittableRandom r) {
    long s = 1_577_836_800L + r.nextInt(3 * 365 * 86_400);
    return java.time.LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC)
        .toString()
        .replace('T', r.nextInt(4) == 0 ? 'T' : ' ');
  }

  private static String eol(SplittableRandom r) {
    return r.nextInt(5) == 0 ? "\r\n" : "\n";
  }

  private static void text(SplittableRandom r, Out out, int n) {
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(40);
      if (k == 0) {
        out.text("");
      } else if (k == 1) {
        out.text("  \t ");
      } else if (k == 2) {
        out.text("not a time, über");
      } else if (k == 3) {
        out.text(time(r));
        out.raw(0xff, 0xfe); // invalid UTF-8
      } else if (k == 4) {
        out.text(time(r) + "Z");
      } else if (k == 5) {
        out.text("  " + time(r) + "  ");
      } else if (k == 6) {
        out.text(time(r) + "\r"); // a CR left in the line: a CR CR LF
      } else {
        out.text(time(r));
      }
      if (i < n - 1 || r.nextBoolean()) {
        out.text(eol(r));
      }
    }
  }

  private static void jsonLines(SplittableRandom r, Out out, int n) {
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(40);
      String ts = "\"" + time(r) + "\"";
      String line =
          switch (k) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> "{\"ts\": " + ts + ", \"user\": \"a\""; // unterminated
            case 3 -> "{\"ts\": " + ts + ",}";
            case 4 -> "{\"ts\": null, \"n\": 1}";
            case 5 -> "{\"id\": " + i + "}";
            case 6 -> "{\"ts\": 1600000000123, \"x\": -0.5e3}";
            case 7 -> "{\"t\\u0073\": " + ts + "}";
            case 8 -> "{\"ts\": \"2021-02-03T04:05:06\\u005a\", \"body\": \"\\\"hi\\\" \\\\ \\n\"}";
            case 9 -> "{\"ts\": {\"nested\": true}}";
            case 10 -> "{\"ts\": " + ts + ", \"body\": \"привет\"} {\"ts\": " + ts + "}";
            case 11 -> "123";
            case 12 -> "{\"ts\": NaN}";
            case 13 -> "{\"ts\": \"not a time\", \"k\": [1, {\"a\": []}, \"x\"]}";
            case 14 -> "{\"ts\": " + ts + ", \"bad\": \"\u0001\"}";
            case 15 -> "{\"ts\": true}";
            case 16 -> "{\"ts\": 01}";
            default ->
                "{\"id\": " + i + ", \"ts\": " + ts + ", \"user\": \"u" + r.nextInt(5) + "\"}";
          };
      out.text(line);
      if (k == 17) {
        out.raw(0xc3); // a cut multi-byte character after the value
      }
      if (i < n - 1 || r.nextBoolean()) {
        out.text(eol(r));
      }
    }
  }

  private static void conti(SplittableRandom r, Out out, int n, boolean crlf) {
    String nl = crlf ? "\r\n" : "\n";
    String[] bodies = {"привет", "ok \\\"quoted\\\"", "tab\\tand \\u00e9", "ü", "}\\n{"};
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(30);
      StringBuilder sb = new StringBuilder("{").append(nl);
      if (k == 0) {
        sb.append("  \"from\": \"x\"").append(nl);
      } else if (k == 1) {
        sb.append("  \"ts\": null,").append(nl).append("  \"from\": \"x\"").append(nl);
      } else if (k == 2) {
        sb.append("  \"ts\": 1600000000,").append(nl).append("  \"n\": [1, 2.5e1]").append(nl);
      } else if (k == 3) {
        sb.append("  \"meta\": {\"ts\": \"").append(time(r)).append("\"},").append(nl);
        sb.append("  \"from\": \"y\"").append(nl);
      } else if (k == 4) {
        sb.append("  \"ts\": \"yesterday\"").append(nl);
      } else {
        sb.append("  \"ts\": \"").append(time(r)).append(".123456\",").append(nl);
        sb.append("  \"from\": \"u").append(r.nextInt(4)).append("@example\",").append(nl);
        sb.append("  \"body\": \"").append(bodies[r.nextInt(bodies.length)]).append('"').append(nl);
      }
      sb.append('}').append(nl);
      if (r.nextInt(10) == 0) {
        sb.append(nl);
      }
      out.text(sb.toString());
    }
  }

  /** {@code odd}: 0 only what the byte path reads, 1 quotes it doubts, 2 quoted line breaks. */
  private static void csv(SplittableRandom r, Out out, int n, char d, int odd) {
    out.text("id" + d + "timestamp" + d + "user" + d + "note" + eol(r));
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(40);
      String t = time(r);
      String row =
          switch (k) {
            case 0 -> "";
            case 1 -> i + "" + d + d + "u" + d + "blank time";
            case 2 ->
                i
                    + ""
                    + d
                    + "\""
                    + t
                    + "\""
                    + d
                    + "\"a"
                    + d
                    + " b\""
                    + d
                    + "\"he said \"\"hi\"\"\"";
            case 3 -> i + "" + d + "not a time" + d + "u" + d;
            case 4 -> i > 30 ? "" + i : ""; // a short row, once the delimiter is clear
            case 5 -> i + "" + d + " " + t + " " + d + "ü" + d + "x";
            case 6 -> i + "" + d + "\"\"" + d + "u" + d + "quoted empty";
            case 7 -> odd == 2 ? i + "" + d + t + d + "u" + d + "\"two\nlines\"" : "";
            case 8 -> odd == 1 ? i + "" + d + t + d + "u" + d + "a \"quote\" inside" : "";
            case 9 -> odd == 1 ? i + "" + d + t + d + "u" + d + "\"closed\" then text" : "";
            default -> i + "" + d + t + d + "u" + r.nextInt(3) + d + "note " + i;
          };
      out.text(row);
      if (i < n - 1 || r.nextBoolean()) {
        out.text(eol(r));
      }
    }
  }

  private static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    void text(String s) {
      bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void raw(int... b) {
      for (int x : b) {
        bytes.write(x);
      }
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }
}
