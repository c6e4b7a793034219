// Writes the benchmark datasets deterministically (fixed seeds): the same bytes on every machine.
// Run with the fat jar on the class path (it brings Apache POI for the xlsx):
//   java -cp target/heatmap.jar bench/GenerateData.java OUT_DIR SCALE
// SCALE multiplies every dataset's record count (1 = the sizes the README's table quotes).
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

public class GenerateData {
  static final long START = 1_577_836_800L; // 2020-01-01T00:00:00Z
  static final int SPAN = 3 * 365 * 86_400;
  static final DateTimeFormatter SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final DateTimeFormatter ISO_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
  static final String[] USERS = {
    "stern@q3mcco35auwcstmt.onion", "target@q3mcco35auwcstmt.onion",
    "mango@q3mcco35auwcstmt.onion", "professor@q3mcco35auwcstmt.onion",
    "bentley@q3mcco35auwcstmt.onion", "defender@q3mcco35auwcstmt.onion"
  };
  static final String[] BODIES = {
    "привет", "ты тут?", "скинь отчет по сетке", "ok", "сервер лег, поднимаю",
    "по биткам завтра", "проверь почту, там новый билд", "го созвон через 10 минут"
  };

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "bench/data");
    int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Files.createDirectories(out);
    String suffix = scale == 1 ? "" : "-x" + scale;
    text(out.resolve("text-2m" + suffix + ".txt"), 2_000_000 * scale);
    conti(out.resolve("conti-1m" + suffix + ".json"), 1_000_000 * scale);
    jsonLines(out.resolve("lines-1m" + suffix + ".jsonl"), 1_000_000 * scale);
    csv(out.resolve("rows-1m" + suffix + ".csv"), 1_000_000 * scale);
    if (scale == 1) {
      nginx(out.resolve("nginx-2m.log"), 2_000_000);
      rfc5424(out.resolve("rfc5424-2m.log"), 2_000_000);
      xlsx(out.resolve("rows-200k.xlsx"), 200_000);
      xlsx(out.resolve("rows-1m.xlsx"), 1_000_000);
    }
  }

  static LocalDateTime at(SplittableRandom r) {
    return LocalDateTime.ofEpochSecond(START + r.nextInt(SPAN), r.nextInt(1_000_000) * 1000,
        ZoneOffset.UTC);
  }

  static BufferedWriter writer(Path p) throws IOException {
    System.err.println("writing " + p);
    return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
  }

  static void text(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(1);
    try (BufferedWriter w = writer(p)) {
      for (int i = 0; i < n; i++) {
        w.write(SPACE.format(at(r)));
        w.write('\n');
      }
    }
  }

  static void conti(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(2);
    try (BufferedWriter w = writer(p)) {
      for (int i = 0; i < n; i++) {
        w.write("{\n  \"ts\": \"" + ISO_MICROS.format(at(r)) + "\",\n  \"from\": \""
            + USERS[r.nextInt(USERS.length)] + "\",\n  \"to\": \"" + USERS[r.nextInt(USERS.length)]
            + "\",\n  \"body\": \"" + BODIES[r.nextInt(BODIES.length)] + "\"\n}\n");
      }
    }
  }

  static void jsonLines(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(3);
    try (BufferedWriter w = writer(p)) {
      for (int i = 0; i < n; i++) {
        w.write("{\"id\": " + i + ", \"user\": \"" + USERS[r.nextInt(USERS.length)]
            + "\", \"event\": \"login\", \"timestamp\": \"" + ISO_MICROS.format(at(r))
            + "Z\", \"src_ip\": \"10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256)
            + "\", \"ok\": " + r.nextBoolean() + "}\n");
      }
    }
  }

  static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss", java.util.Locale.ROOT);
  static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
  static final String[] PATHS = {"/", "/index.html", "/login", "/api/v1/items?page=2", "/static/app.js"};
  static final String[] AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "curl/8.5.0"
  };

  // The log-lines issue's layouts at a fixed position, 2M lines each (the same count as text-2m):
  // nginx's "combined" access log, and RFC 5424 syslog.
  static void nginx(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(6);
    try (BufferedWriter w = writer(p)) {
      for (int i = 0; i < n; i++) {
        w.write("10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + " - - ["
            + CLF.format(at(r)) + " +0000] \"GET " + PATHS[r.nextInt(PATHS.length)]
            + " HTTP/1.1\" " + (r.nextInt(10) == 0 ? 404 : 200) + " " + r.nextInt(100_000)
            + " \"https://example.com/\" \"" + AGENTS[r.nextInt(AGENTS.length)] + "\"\n");
      }
    }
  }

  static void rfc5424(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(7);
    try (BufferedWriter w = writer(p)) {
      for (int i = 0; i < n; i++) {
        w.write("<" + (8 + r.nextInt(184)) + ">1 " + ISO_MILLIS.format(at(r)) + "Z host"
            + r.nextInt(16) + ".example.com sshd " + r.nextInt(65_536)
            + " - - Accepted publickey for user" + r.nextInt(100) + " from 10.0.0." + r.nextInt(256)
            + " port " + r.nextInt(65_536) + " ssh2\n");
      }
    }
  }

  static void csv(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    SplittableRandom r = new SplittableRandom(4);
    try (BufferedWriter w = writer(p)) {
      w.write("id,timestamp,user,action,bytes\n");
      for (int i = 0; i < n; i++) {
        w.write(i + "," + SPACE.format(at(r)) + "," + USERS[r.nextInt(USERS.length)]
            + ",download," + r.nextInt(1 << 20) + "\n");
      }
    }
  }

  static void xlsx(Path p, int n) throws IOException {
    if (Files.exists(p)) return;
    System.err.println("writing " + p);
    SplittableRandom r = new SplittableRandom(5);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
      wb.setCompressTempFiles(true);
      Sheet s = wb.createSheet("Events");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("Timestamp");
      h.createCell(1).setCellValue("User");
      for (int i = 1; i <= n; i++) {
        Row row = s.createRow(i);
        var c = row.createCell(0);
        c.setCellValue(at(r));
        c.setCellStyle(date);
        row.createCell(1).setCellValue(USERS[r.nextInt(USERS.length)]);
      }
      try (OutputStream o = Files.newOutputStream(p)) {
        wb.write(o);
      }
      wb.dispose();
    }
  }
}
