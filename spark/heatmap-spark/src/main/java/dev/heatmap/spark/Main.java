package dev.heatmap.spark;

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
