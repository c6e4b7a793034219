package dev.heatmap.spark;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.render.Terminal;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code spark-submit --class dev.heatmap.spark.Main heatmap-spark.jar [OPTIONS] PATH...}: heatmap
 * over files in any file system Hadoop reads (s3a://, gs://, hdfs://, file://), with the CLI's
 * option names; the report goes to {@code -o} through the same file systems, or to standard output.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // A usage error is said before Spark starts.
    try {
      JobOptions.parse(args);
    } catch (HeatmapException e) {
      System.err.println("heatmap: " + Terminal.clean(e.getMessage()));
      System.exit(e.exitCode().code());
    }
    SparkConf conf = new SparkConf().setAppName("heatmap");
    int code;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      code = run(sc, args);
    }
    System.exit(code);
  }

  /** Runs the job in {@code sc}, writing to the process's standard output and error. */
  public static int run(JavaSparkContext sc, String... args) {
    return new HeatmapJob(sc, System.out, System.err).run(args);
  }
}
