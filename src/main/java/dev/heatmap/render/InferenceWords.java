package dev.heatmap.render;

import dev.heatmap.grid.infer.ZoneGuess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The explanation of a time-zone guess in words, shared by every renderer. */
final class InferenceWords {
  private InferenceWords() {}

  /**
   * {@code likely (0.874): office day, work 09:00–18:00, lunch 12:30–13:30, quiet 23:30–07:00, rest
   * days Saturday, Sunday}, or null when the guess has no explanation.
   */
  static String answer(ZoneGuess guess) {
    ZoneGuess.Explanation e = guess.explanation();
    if (e == null || guess.candidates().isEmpty()) {
      return null;
    }
    return e.confidence()
        + " ("
        + Labels.score(guess.candidates().get(0).score())
        + "): "
        + life(e.life())
        + ", "
        + e.window();
  }

  /** {@code quiet hours alone: +08:00 (agrees)}, or null when there is no second opinion. */
  static String secondOpinion(ZoneGuess guess) {
    ZoneGuess.Explanation e = guess.explanation();
    if (e == null || e.secondOpinion() == null) {
      return null;
    }
    return "quiet hours alone: "
        + e.secondOpinion()
        + (e.agrees() ? " (agrees)" : " (disagrees by more than an hour)");
  }

  /** The family's name for a reader: {@code office day}, {@code evening after a day job}. */
  static String life(String id) {
    if (id == null) {
      return "";
    }
    return switch (id) {
      case "office" -> "office day";
      case "evening" -> "evening after a day job";
      case "late_riser" -> "late riser";
      case "shift" -> "shift work";
      default -> "day and night";
    };
  }

  /** A group's answer in one line: {@code +03:00 likely (0.831), work 09:00–18:00, ...}. */
  static String group(ZoneGuess guess) {
    if (guess.best() == null) {
      return "no guess: " + guess.warning();
    }
    String answer = answer(guess);
    return guess.best() + (answer == null ? "" : " " + answer);
  }

  /**
   * The crew in one line: {@code 4 of 5 members fit +03:00; bentley fits +06:00}, or null when no
   * group has a guess.
   */
  static String crew(Report report) {
    Map<String, Integer> byOffset = new LinkedHashMap<>();
    int guessed = 0;
    for (Map.Entry<String, ZoneGuess> e : report.groupInference().entrySet()) {
      if (e.getValue().best() != null) {
        byOffset.merge(e.getValue().best(), 1, Integer::sum);
        guessed++;
      }
    }
    if (guessed == 0) {
      return null;
    }
    String major = null;
    for (Map.Entry<String, Integer> e : byOffset.entrySet()) {
      if (major == null || e.getValue() > byOffset.get(major)) {
        major = e.getKey();
      }
    }
    List<String> others = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (Map.Entry<String, ZoneGuess> e : report.groupInference().entrySet()) {
      String best = e.getValue().best();
      if (best == null) {
        none.add(e.getKey());
      } else if (!best.equals(major)) {
        others.add(e.getKey() + " fits " + best);
      }
    }
    StringBuilder sb =
        new StringBuilder()
            .append(byOffset.get(major))
            .append(" of ")
            .append(report.groupInference().size())
            .append(report.groupInference().size() == 1 ? " member fits " : " members fit ")
            .append(major);
    for (String o : others) {
      sb.append("; ").append(o);
    }
    if (!none.isEmpty()) {
      sb.append("; too little evidence for ").append(String.join(", ", none));
    }
    return sb.toString();
  }
}
