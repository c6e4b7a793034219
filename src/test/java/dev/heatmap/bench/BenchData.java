package dev.heatmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The benchmarks' inputs, written to a temporary file in the shapes bench/GenerateData.java writes
 * for the end-to-end benchmark (the same record layouts, fewer records).
 */
final class BenchData {
  private BenchData() {}

  /** A file of {@code records} records of {@code shape}: text, jsonl, conti or csv. */
  static Path write(String shape, int records) {
    SplittableRandom r = new SplittableRandom(shape.hashCode());
    StringBuilder sb = new StringBuilder(records * 96);
    if (shape.equals("csv")) {
      sb.append("id,timestamp,user,action,bytes\n");
    }
    for (int i = 0; i < records; i++) {
      LocalDateTime t =
          LocalDateTime.ofEpochSecond(
              1_577_836_800L + r.nextInt(3 * 365 * 86_400),
              r.nextInt(1_000_000) * 1000,
              ZoneOffset.UTC);
      String space = t.withNano(0).toString().replace('T', ' ');
      String micros = t.toString();
      switch (shape) {
        case "text" -> sb.append(space).append('\n');
        case "jsonl" ->
            sb.append("{\"id\": ")
                .append(i)
                .append(", \"user\": \"u")
                .append(r.nextInt(6))
                .append("@example\", \"event\": \"login\", \"timestamp\": \"")
                .append(micros)
                .append("Z\", \"src_ip\": \"10.0.")
                .append(r.nextInt(256))
                .append(".1\", \"ok\": true}\n");
        case "conti" ->
            sb.append("{\n  \"ts\": \"")
                .append(micros)
                .append("\",\n  \"from\": \"u")
                .append(r.nextInt(6))
                .append("@example\",\n  \"to\": \"v@example\",\n  \"body\": \"привет\"\n}\n");
        case "csv" ->
            sb.append(i)
                .append(',')
                .append(space)
                .append(",u")
                .append(r.nextInt(6))
                .append("@example,download,")
                .append(r.nextInt(1 << 20))
                .append('\n');
        default -> throw new IllegalArgumentException(shape);
      }
    }
    try {
      String ext = shape.equals("conti") ? ".json" : shape.equals("text") ? ".txt" : "." + shape;
      Path f = Files.createTempFile("heatmap-bench-", ext);
      f.toFile().deleteOnExit();
      Files.writeString(f, sb, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
