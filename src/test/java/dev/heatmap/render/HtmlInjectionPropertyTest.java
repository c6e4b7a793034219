package dev.heatmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any group name (and the same string as the title), the HTML report has exactly the tags and
 * attributes of a report whose group is called "g": nothing the data says becomes markup.
 */
class HtmlInjectionPropertyTest {
  @Property(tries = 150)
  void noTagOrAttributeComesFromAGroupName(@ForAll("names") String name) {
    for (Plotly plotly : List.of(Plotly.pinned(), Plotly.none())) {
      RenderOptions options = RenderOptions.defaults().withPlotly(plotly);
      String benign = Reports.render(Reports.namedGroup("g"), OutputFormat.HTML, options);
      String hostile = Reports.render(Reports.namedGroup(name), OutputFormat.HTML, options);
      assertEquals(HtmlTags.of(benign), HtmlTags.of(hostile), name);
    }
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> markup =
        Arbitraries.strings()
            .withChars("<>/\"'=&!-?[]{}();: \n\t\u2028\u2029\\`")
            .withChars("scriptimgonerlaSCRIPT")
            .ofMinLength(1)
            .ofMaxLength(40);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> fragments =
        Arbitraries.of(
            "</script>",
            "<script>",
            "<!--",
            "-->",
            "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' autofocus onfocus='alert(1)",
            "{{scripts}}",
            "{{csp}}",
            "</title>",
            "</style>",
            "<svg onload=alert(1)>",
            "]]>",
            "\u2028",
            "&lt;script&gt;",
            "\\u003c/script>");
    Arbitrary<String> joined =
        Combinators.combine(fragments, markup, fragments).as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(markup, anything, fragments, joined, Arbitraries.of(Reports.HOSTILE))
        .filter(s -> !s.equals("other"));
  }
}
