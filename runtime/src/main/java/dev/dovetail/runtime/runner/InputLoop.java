package dev.dovetail.runtime.runner;

import dev.dovetail.runtime.BatchItem;
import dev.dovetail.runtime.DestinationInfo;
import java.io.IOException;
import java.io.Reader;

/** Reads lines and hands items to the batcher. */
final class InputLoop<T> {
  private final DestinationInfo info;
  private final LineDecoder<T> decoder;
  private final Batcher<T> batcher;
  private final RunTally tally;
  private final RunListener listener;
  /** Whether the listener wants progress messages; when not, none are built. */
  private final boolean progress;

  InputLoop(DestinationInfo info, LineDecoder<T> decoder, Batcher<T> batcher, RunTally tally, RunListener listener) {
    this.info = info;
    this.decoder = decoder;
    this.batcher = batcher;
    this.tally = tally;
    this.listener = listener;
    this.progress = listener.wantsProgress();
  }

  RunSummary run(Reader input) {
    LineReader lines = new LineReader(input, RunOptions.MAX_LINE_LENGTH);
    long lineNumber = 0;
    try {
      while (lines.advance()) {
        lineNumber = lines.number();
        accept(lines);
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
      }
      batcher.flush();
      return tally.summary(RunSummary.Status.COMPLETED);
    } catch (IOException e) {
      problem("could not read the input after line " + lineNumber + ": " + DestinationRunner.describe(e));
      return abort();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem("interrupted after line " + lineNumber);
      return abort();
    }
  }

  /** The reader's current line. */
  private void accept(LineReader line) throws InterruptedException {
    if (line.tooLong()) {
      tally.recordsRead++;
      reject(line.number(), "longer than " + RunOptions.MAX_LINE_LENGTH + " characters");
      return;
    }
    if (line.blank()) {
      return;
    }
    tally.recordsRead++;
    BatchItem<T> item;
    try {
      item = decoder.decode(line.chars(), line.offset(), line.length());
    } catch (LineDecoder.RejectedLine e) {
      reject(line.number(), e.getMessage());
      return;
    }
    if (item instanceof BatchItem.Delete<T> delete && !info.supportsDelete()) {
      tally.deletesDropped++;
      if (progress) {
        listener.progress("line " + line.number() + ": delete of " + delete.key() + " dropped: destination '"
            + info.name() + "' does not support deletes");
      }
      return;
    }
    batcher.add(item, line.number());
  }

  private void reject(long lineNumber, String reason) {
    tally.rejected++;
    problem("line " + lineNumber + ": " + reason);
  }

  private void problem(String message) {
    tally.problem(message);
    listener.problem(message);
  }

  /** Items already read are still delivered when only the input broke; an interrupt fails them instead. */
  private RunSummary abort() {
    try {
      if (!Thread.currentThread().isInterrupted()) {
        batcher.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    batcher.failPending("run aborted");
    return tally.summary(RunSummary.Status.ABORTED);
  }
}
