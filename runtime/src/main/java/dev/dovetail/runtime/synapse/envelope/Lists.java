package dev.dovetail.runtime.synapse.envelope;

import java.util.List;

/** List checks for values returned by author code. */
final class Lists {
  private Lists() {}

  /** Whether {@code list} holds a {@code null} element; safe on immutable lists, whose {@code contains(null)} throws. */
  static boolean holdsNull(List<?> list) {
    for (Object element : list) {
      if (element == null) {
        return true;
      }
    }
    return false;
  }
}
