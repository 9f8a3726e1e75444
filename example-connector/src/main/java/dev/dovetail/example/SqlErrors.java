package dev.dovetail.example;

import dev.dovetail.runtime.DeliverResult;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a {@link SQLException} into a {@link DeliverResult}: transient problems (a locked or busy database, a lost
 * connection, a serialization failure or deadlock) are retried; everything else (constraint violations, bad data,
 * a missing table, a read-only database) fails the batch for good, since sending it again would fail again.
 */
final class SqlErrors {
  private SqlErrors() {}

  static DeliverResult resultOf(SQLException e, String context) {
    String reason = context + ": " + message(e);
    return isTransient(e) ? DeliverResult.retry(reason) : DeliverResult.fail(reason);
  }

  static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLiteException sqlite && isBusyOrLocked(sqlite.getResultCode())) {
        return true;
      }
      if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t
          && isTransient(sql.getNextException())) {
        return true;
      }
    }
    return false;
  }

  /** SQLITE_BUSY, SQLITE_LOCKED and their extended codes (SQLITE_BUSY_SNAPSHOT, ...). */
  private static boolean isBusyOrLocked(SQLiteErrorCode code) {
    return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
  }

  /** SQLSTATE classes 08 (connection) and 40 (transaction rollback: serialization failure, deadlock); 55P03 lock not available. */
  private static boolean isTransientState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("40") || state.equals("55P03"));
  }

  private static String message(SQLException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
