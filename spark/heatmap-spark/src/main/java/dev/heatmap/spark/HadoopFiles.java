package dev.heatmap.spark;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.input.extract.Positional;
import dev.heatmap.input.extract.Source;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** Listing, opening and writing through Hadoop's FileSystem: s3a://, gs://, hdfs://, file://. */
final class HadoopFiles {
  /**
   * A Hadoop setting ({@code spark.hadoop.heatmap.streams=true}) that reads local files through
   * Hadoop's streams as an object store's are read, instead of as files on disk: for testing that
   * path on one machine.
   */
  static final String STREAMS = "heatmap.streams";

  private HadoopFiles() {}

  /**
   * The files the arguments name, in order: a file as it is, a directory's files below it (names
   * starting with {@code .} or {@code _}, such as {@code _SUCCESS} markers, left out) sorted by
   * path, a glob's matches sorted by path. A name that matches nothing is kept, so that reading it
   * says "no such file" as the CLI does.
   *
   * @param notes receives one line per directory or glob saying how many files it gave
   */
  static List<InputFile> list(List<String> args, Configuration conf, List<String> notes)
      throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String arg : args) {
      Path path = new Path(arg);
      FileSystem fs = path.getFileSystem(conf);
      if (isGlob(arg)) {
        FileStatus[] matches = fs.globStatus(path);
        int before = files.size();
        if (matches != null) {
          java.util.Arrays.sort(matches);
          for (FileStatus m : matches) {
            if (m.isDirectory()) {
              addTree(fs, m.getPath(), m.getPath().toString(), files);
            } else {
              files.add(file(files.size(), m.getPath().toString(), m));
            }
          }
        }
        notes.add(arg + ": " + (files.size() - before) + " files");
        continue;
      }
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        files.add(new InputFile(files.size(), arg, fs.makeQualified(path).toString(), 0));
        continue;
      }
      if (status.isDirectory()) {
        int before = files.size();
        addTree(fs, status.getPath(), strip(arg), files);
        notes.add(
            arg
                + ": a directory, "
                + (files.size() - before)
                + " files read (names starting with . or _ left out)");
      } else {
        files.add(file(files.size(), arg, status));
      }
    }
    return files;
  }

  private static void addTree(FileSystem fs, Path dir, String name, List<InputFile> files)
      throws IOException {
    String root = dir.toUri().getPath();
    List<LocatedFileStatus> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      String below = s.getPath().toUri().getPath().substring(root.length());
      if (!hidden(below)) {
        found.add(s);
      }
    }
    found.sort((a, b) -> a.getPath().compareTo(b.getPath()));
    for (LocatedFileStatus s : found) {
      String below = s.getPath().toUri().getPath().substring(root.length());
      files.add(file(files.size(), name + (below.startsWith("/") ? "" : "/") + below, s));
    }
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static InputFile file(int index, String name, FileStatus s) {
    return new InputFile(index, name, s.getPath().toString(), s.getLen());
  }

  private static String strip(String arg) {
    String s = arg;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static boolean isGlob(String arg) {
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  /**
   * The source to read {@code file} as: on the local file system, the file itself (as the CLI reads
   * it); elsewhere a named stream opened through Hadoop, with positional reads for reading it in
   * parts.
   */
  static Source source(InputFile file, Configuration conf) throws IOException {
    Path path = new Path(file.uri());
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof LocalFileSystem && !conf.getBoolean(STREAMS, false)) {
      return new Source(file.name(), java.nio.file.Path.of(URI.create(file.uri())), null);
    }
    return Source.named(
        file.name(),
        new Source.Stream() {
          @Override
          public InputStream open() throws IOException {
            try {
              return fs.open(path);
            } catch (FileNotFoundException e) {
              throw new NoSuchFileException(file.name());
            }
          }

          @Override
          public long size() {
            return file.size();
          }

          @Override
          public Positional openPositional() throws IOException {
            FSDataInputStream in = fs.open(path);
            return new Positional() {
              @Override
              public int read(long position, byte[] b, int off, int len) throws IOException {
                return in.read(position, b, off, len);
              }

              @Override
              public void close() throws IOException {
                in.close();
              }
            };
          }
        });
  }

  /** Writes the report to {@code target} through its file system (no checksum file locally). */
  static OutputStream create(String target, Configuration conf) {
    Path path = new Path(target);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (fs instanceof LocalFileSystem local) {
        fs = local.getRawFileSystem();
      }
      return fs.create(path, true);
    } catch (IOException e) {
      throw HeatmapException.input(target + ": cannot write: " + e.getMessage(), e);
    }
  }
}
