package dev.dovetail.runtime.testing;

import dev.dovetail.runtime.Batch;
import dev.dovetail.runtime.DeliverResult;
import dev.dovetail.runtime.DestinationHandler;
import dev.dovetail.runtime.ReadyResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A handler that answers from a script and records every call. */
public final class ScriptedHandler<T> implements DestinationHandler<T> {

  @FunctionalInterface
  public interface Answer<T> {
    DeliverResult answer(Batch<T> batch) throws Exception;
  }

  @FunctionalInterface
  public interface ReadyAnswer {
    ReadyResult answer() throws Exception;
  }

  private final Deque<Answer<T>> script = new ArrayDeque<>();
  private Answer<T> otherwise = batch -> DeliverResult.ok();
  private ReadyAnswer ready = ReadyResult::ok;
  private final List<Batch<T>> calls = new ArrayList<>();
  private int readyCalls;

  /** The next call answers {@code answer}; after the script, {@link #otherwise} applies. */
  public ScriptedHandler<T> then(Answer<T> answer) {
    script.add(answer);
    return this;
  }

  public ScriptedHandler<T> then(DeliverResult result) {
    return then(batch -> result);
  }

  public ScriptedHandler<T> otherwise(Answer<T> answer) {
    this.otherwise = answer;
    return this;
  }

  public ScriptedHandler<T> otherwise(DeliverResult result) {
    return otherwise(batch -> result);
  }

  public ScriptedHandler<T> ready(ReadyAnswer answer) {
    this.ready = answer;
    return this;
  }

  @Override
  public ReadyResult ready() throws Exception {
    readyCalls++;
    return ready.answer();
  }

  @Override
  public DeliverResult deliver(Batch<T> batch) throws Exception {
    calls.add(batch);
    Answer<T> answer = script.isEmpty() ? otherwise : script.poll();
    return answer.answer(batch);
  }

  /** Every batch delivered, in call order (retries included). */
  public List<Batch<T>> calls() {
    return calls;
  }

  /** The {@code attempt} of each call. */
  public List<Integer> attempts() {
    return calls.stream().map(Batch::attempt).toList();
  }

  public int readyCalls() {
    return readyCalls;
  }
}
