package dev.heatmap.spark;

import dev.heatmap.grid.QuarterSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * {@code --emit-series PATH}: the events per 15-minute UTC bucket of each group, merged over every
 * unit, sorted by bucket then group, and written as CSV ({@code bucket,group,count}) through
 * Hadoop's FileSystem; the group is empty when the input is not grouped. The CLI reads it back with
 * {@code --count-field count} (and {@code --group-by group}) to redraw the grid in any zone whose
 * offset is a multiple of 15 minutes without reading the events again.
 */
final class Series {
  /** The header line. */
  static final String HEADER = "bucket,group,count";

  private Series() {}

  /** One unit's series as it travels to the driver: per group, its quarter-hours and counts. */
  record State(long[] quarters, long[] counts) implements Serializable {
    static State of(QuarterSeries q) {
      long[] quarters = q.quarters();
      long[] counts = new long[quarters.length];
      for (int i = 0; i < quarters.length; i++) {
        counts[i] = q.count(quarters[i]);
      }
      return new State(quarters, counts);
    }
  }

  /** The state of every group's series of a tally, or null when it gathered none. */
  static java.util.LinkedHashMap<String, State> of(Map<String, QuarterSeries> series) {
    if (series == null) {
      return null;
    }
    java.util.LinkedHashMap<String, State> m = new java.util.LinkedHashMap<>();
    series.forEach((name, q) -> m.put(name, State.of(q)));
    return m;
  }

  /**
   * Merges the units' series and writes them to {@code target}.
   *
   * @return how many lines were written, the header left out
   */
  static long write(JavaRDD<Counted> counted, String target, Configuration hadoop)
      throws IOException {
    JavaPairRDD<Tuple2<Long, String>, Long> sorted =
        counted
            .flatMapToPair(
                c -> {
                  List<Tuple2<Tuple2<Long, String>, Long>> list = new ArrayList<>();
                  if (c.series != null) {
                    c.series.forEach(
                        (name, s) -> {
                          for (int i = 0; i < s.quarters().length; i++) {
                            list.add(
                                new Tuple2<>(new Tuple2<>(s.quarters()[i], name), s.counts()[i]));
                          }
                        });
                  }
                  return list.iterator();
                })
            .reduceByKey(Long::sum)
            .sortByKey(new BucketThenGroup(), true);
    long lines = 0;
    try (OutputStream o = HadoopFiles.create(target, hadoop);
        Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8))) {
      w.write(HEADER);
      w.write('\n');
      Iterator<Tuple2<Tuple2<Long, String>, Long>> it = sorted.toLocalIterator();
      StringBuilder line = new StringBuilder();
      while (it.hasNext()) {
        Tuple2<Tuple2<Long, String>, Long> t = it.next();
        line.setLength(0);
        line.append(Instant.ofEpochSecond(t._1()._1() * 900L)).append(',');
        quote(t._1()._2(), line);
        line.append(',').append(t._2()).append('\n');
        w.append(line);
        lines++;
      }
    }
    return lines;
  }

  /**
   * A CSV field: quoted (quotes doubled) when it holds a comma, quote, line break or edge space.
   */
  static void quote(String s, StringBuilder out) {
    boolean plain = !s.isEmpty() && s.charAt(0) > ' ' && s.charAt(s.length() - 1) > ' ';
    for (int i = 0; plain && i < s.length(); i++) {
      char c = s.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    if (plain || s.isEmpty()) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** Bucket first, then group name. */
  private static final class BucketThenGroup
      implements Comparator<Tuple2<Long, String>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<Long, String> a, Tuple2<Long, String> b) {
      int byBucket = Long.compare(a._1(), b._1());
      return byBucket != 0 ? byBucket : a._2().compareTo(b._2());
    }
  }
}
