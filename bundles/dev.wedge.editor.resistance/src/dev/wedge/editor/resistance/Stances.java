package dev.wedge.editor.resistance;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import dev.wedge.model.Stance;

/** The colour of each stance, from champion (green) to opponent (red); the same in the grid and its legend. */
final class Stances {

  private static final Color CHAMPION = new Color(new RGB(27, 120, 55));
  private static final Color SUPPORTER = new Color(new RGB(90, 174, 97));
  private static final Color NEUTRAL = new Color(new RGB(150, 150, 150));
  private static final Color SKEPTIC = new Color(new RGB(240, 140, 30));
  private static final Color OPPONENT = new Color(new RGB(200, 30, 30));

  private Stances() {
  }

  static Color color(Stance s) {
    if (s == null) {
      return NEUTRAL;
    }
    return switch (s) {
      case CHAMPION -> CHAMPION;
      case SUPPORTER -> SUPPORTER;
      case NEUTRAL -> NEUTRAL;
      case SKEPTIC -> SKEPTIC;
      case OPPONENT -> OPPONENT;
    };
  }

  /** Text for an SWT Label: '&' would otherwise underline the next letter as a mnemonic ("L&D"). */
  static String esc(String text) {
    return text == null ? "" : text.replace("&", "&&");
  }

  /** The stance as a label or a legend names it ("Skeptic"). */
  static String label(Stance s) {
    if (s == null) {
      return Messages.Stance_Unknown;
    }
    return switch (s) {
      case CHAMPION -> Messages.Stance_Champion;
      case SUPPORTER -> Messages.Stance_Supporter;
      case NEUTRAL -> Messages.Stance_Neutral;
      case SKEPTIC -> Messages.Stance_Skeptic;
      case OPPONENT -> Messages.Stance_Opponent;
    };
  }

  /** The stance as a sentence names it ("Anna (skeptic)"). */
  static String word(Stance s) {
    if (s == null) {
      return Messages.StanceWord_Unknown;
    }
    return switch (s) {
      case CHAMPION -> Messages.StanceWord_Champion;
      case SUPPORTER -> Messages.StanceWord_Supporter;
      case NEUTRAL -> Messages.StanceWord_Neutral;
      case SKEPTIC -> Messages.StanceWord_Skeptic;
      case OPPONENT -> Messages.StanceWord_Opponent;
    };
  }
}
