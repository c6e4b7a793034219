package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The built-in template the build compiles in ({@link BuiltInTemplate}, written from
 * templates/report.html by the pom's antrun execution) is that file's text, character for
 * character, as is the copy in the jar.
 */
class BuiltInTemplateTest {
  @Test
  void isTheTemplateFile() throws IOException {
    assertEquals(
        Files.readString(Path.of("templates/report.html"), StandardCharsets.UTF_8),
        BuiltInTemplate.TEXT);
  }

  @Test
  void isTheResource() throws IOException {
    try (InputStream in = Template.class.getResourceAsStream(Template.DEFAULT_RESOURCE)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), BuiltInTemplate.TEXT);
    }
  }
}
