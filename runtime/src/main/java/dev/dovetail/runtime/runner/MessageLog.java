package dev.dovetail.runtime.runner;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first {@code limit} messages and counts all of them, so a run over a bad file cannot exhaust memory. */
final class MessageLog {
  private final int limit;
  private final List<String> kept = new ArrayList<>();
  private long total;

  MessageLog(int limit) {
    this.limit = limit;
  }

  void add(String message) {
    total++;
    if (kept.size() < limit) {
      kept.add(message);
    }
  }

  List<String> kept() {
    return List.copyOf(kept);
  }

  long total() {
    return total;
  }
}
