package dev.dovetail.runtime.sync.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a sync keeps what must survive the process: a checkpoint per (sync, source), the run history and the dead
 * letters. SQLite (a file, nothing to install) or PostgreSQL, through plain JDBC; the tables are created on first use.
 *
 * <p>{@link #commit} writes a checkpoint, the run's counters and the dead letters found since the last commit in one
 * transaction, so after a crash they agree: a record is either behind the checkpoint (delivered or dead-lettered,
 * once) or ahead of it (read again by the next run).
 *
 * <p>One run per sync name at a time: {@link #lock} takes an operating-system file lock beside an SQLite file (one
 * file per sync name), or a
 * PostgreSQL advisory lock; both are released by the operating system or the server when the process dies, so a
 * {@code kill -9} never leaves a stale lock behind.
 */
public final class StateStore implements AutoCloseable {
  private final Connection connection;
  private final Dialect dialect;
  private final String label;
  private final Path sqliteFile;
  private FileChannel lockChannel;
  private FileLock fileLock;

  private StateStore(Connection connection, Dialect dialect, String label, Path sqliteFile) {
    this.connection = connection;
    this.dialect = dialect;
    this.label = label;
    this.sqliteFile = sqliteFile;
  }

  /** Opens (and creates, when new) the store at a JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql:...}. */
  public static StateStore open(String url) throws StateStoreException {
    Dialect dialect = Dialect.of(url);
    String label = JdbcUrls.redact(url);
    Path file = dialect == Dialect.SQLITE ? JdbcUrls.sqliteFile(url) : null;
    try {
      if (file != null && file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Connection connection = DriverManager.getConnection(url);
      StateStore store = new StateStore(connection, dialect, label, file);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new StateStoreException("cannot open the state store " + label + ": " + message(e)
          + (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
              ? " (its JDBC driver is not on the class path; the connector jar bundles SQLite's"
                  + dialect.driverHint() + ")" : ""), e);
    } catch (IOException e) {
      throw new StateStoreException("cannot create the directory of the state store " + label + ": " + e, e);
    }
  }

  /** The store, for messages (passwords removed). */
  public String label() {
    return label;
  }

  private void migrate() throws SQLException {
    try (Statement s = connection.createStatement()) {
      if (dialect == Dialect.SQLITE) {
        s.execute("PRAGMA busy_timeout = 10000");
        // A commit per batch: in WAL mode with synchronous=NORMAL it is an append to the log, not an fsync, and
        // survives a killed process (the OS has the write); only a power loss can take back the last commits, which
        // replays their batches (destinations upsert by key). Readers (status, dlq) no longer wait for the writer.
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
      }
      s.execute("CREATE TABLE IF NOT EXISTS dovetail_checkpoint ("
          + "sync_name VARCHAR(200) NOT NULL, source_key VARCHAR(2000) NOT NULL, position TEXT NOT NULL,"
          + " run_id BIGINT, updated_at BIGINT NOT NULL, PRIMARY KEY (sync_name, source_key))");
      s.execute("CREATE TABLE IF NOT EXISTS dovetail_run (run_id " + dialect.identity() + ","
          + " sync_name VARCHAR(200) NOT NULL, source_key VARCHAR(2000) NOT NULL, destination VARCHAR(200) NOT NULL,"
          + " started_at BIGINT NOT NULL, ended_at BIGINT, heartbeat_at BIGINT NOT NULL, status VARCHAR(20) NOT NULL,"
          + " records_read BIGINT NOT NULL, upserts BIGINT NOT NULL, deletes BIGINT NOT NULL,"
          + " dead_lettered BIGINT NOT NULL, skipped BIGINT NOT NULL, retries BIGINT NOT NULL, pages BIGINT NOT NULL,"
          + " message TEXT)");
      s.execute("CREATE TABLE IF NOT EXISTS dovetail_dead_letter (dead_letter_id " + dialect.identity() + ","
          + " sync_name VARCHAR(200) NOT NULL, run_id BIGINT NOT NULL, created_at BIGINT NOT NULL,"
          + " stage VARCHAR(20) NOT NULL, reason TEXT NOT NULL, payload TEXT NOT NULL, attempts INTEGER NOT NULL,"
          + " replayed_at BIGINT)");
      s.execute("CREATE INDEX IF NOT EXISTS dovetail_run_by_sync ON dovetail_run (sync_name, run_id)");
      s.execute("CREATE INDEX IF NOT EXISTS dovetail_dead_letter_by_sync ON dovetail_dead_letter (sync_name, dead_letter_id)");
    }
    connection.setAutoCommit(false);
    connection.commit();
  }

  /**
   * Makes this process the only one running {@code syncName} against this store, until {@link #close}; then marks
   * runs a dead process left {@link RunStatus#RUNNING} as {@link RunStatus#KILLED}.
   *
   * @throws StateStoreException when another process holds the lock
   */
  public void lock(String syncName, Instant now) throws StateStoreException {
    String busy = "sync '" + syncName + "' is already running against " + label
        + " (another process holds its lock); wait for it to end, or stop it";
    try {
      if (dialect == Dialect.POSTGRESQL) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
          ps.setLong(1, lockKey(syncName));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
              connection.rollback();
              throw new StateStoreException(busy);
            }
          }
        }
        connection.commit();
      } else if (sqliteFile != null && fileLock == null) {
        // One lock file per sync name, as PostgreSQL's advisory lock is per name: other syncs may share the store.
        Path lockFile = sqliteFile.resolveSibling(sqliteFile.getFileName() + "." + syncName.replaceAll("[^A-Za-z0-9_-]", "_")
            + "-" + Long.toHexString(lockKey(syncName) & 0xffffffL) + ".lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
          fileLock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
          fileLock = null;
        }
        if (fileLock == null) {
          lockChannel.close();
          lockChannel = null;
          throw new StateStoreException(busy);
        }
      }
      try (PreparedStatement ps = connection.prepareStatement("UPDATE dovetail_run SET status = ?, ended_at = heartbeat_at,"
          + " message = ? WHERE sync_name = ? AND status = ?")) {
        ps.setString(1, RunStatus.KILLED.name());
        ps.setString(2, "the process ended without finishing the run (killed?); found by the run at " + now);
        ps.setString(3, syncName);
        ps.setString(4, RunStatus.RUNNING.name());
        ps.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | IOException e) {
      throw failure("lock sync '" + syncName + "'", e);
    }
  }

  /** The stored position of {@code sourceKey}, as {@link #commit} stored it. */
  public Optional<String> checkpoint(String syncName, String sourceKey) throws StateStoreException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT position FROM dovetail_checkpoint WHERE sync_name = ? AND source_key = ?")) {
      ps.setString(1, syncName);
      ps.setString(2, sourceKey);
      try (ResultSet rs = ps.executeQuery()) {
        Optional<String> position = rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        connection.commit();
        return position;
      }
    } catch (SQLException e) {
      throw failure("read the checkpoint", e);
    }
  }

  /** Forgets the checkpoint of {@code sourceKey}: the next run starts from the configured beginning. */
  public boolean resetCheckpoint(String syncName, String sourceKey) throws StateStoreException {
    try (PreparedStatement ps = connection.prepareStatement(
        "DELETE FROM dovetail_checkpoint WHERE sync_name = ? AND source_key = ?")) {
      ps.setString(1, syncName);
      ps.setString(2, sourceKey);
      boolean deleted = ps.executeUpdate() > 0;
      connection.commit();
      return deleted;
    } catch (SQLException e) {
      throw failure("reset the checkpoint", e);
    }
  }

  /** Records a new run as {@link RunStatus#RUNNING} and answers its id. */
  public long startRun(String syncName, String sourceKey, String destination, Instant now) throws StateStoreException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dovetail_run (sync_name, source_key,"
        + " destination, started_at, heartbeat_at, status, records_read, upserts, deletes, dead_lettered, skipped,"
        + " retries, pages) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0) RETURNING run_id")) {
      ps.setString(1, syncName);
      ps.setString(2, sourceKey);
      ps.setString(3, destination);
      ps.setLong(4, now.toEpochMilli());
      ps.setLong(5, now.toEpochMilli());
      ps.setString(6, RunStatus.RUNNING.name());
      long id;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      connection.commit();
      return id;
    } catch (SQLException e) {
      throw failure("start a run", e);
    }
  }

  /**
   * In one transaction: the new dead letters, the run's counters and, when {@code position} is not {@code null}, the
   * checkpoint.
   */
  public void commit(long runId, String syncName, String sourceKey, String position, RunCounts counts,
      List<DeadLetter> deadLetters, Instant now) throws StateStoreException {
    try {
      if (!deadLetters.isEmpty()) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dovetail_dead_letter (sync_name, run_id,"
            + " created_at, stage, reason, payload, attempts) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          for (DeadLetter letter : deadLetters) {
            ps.setString(1, syncName);
            ps.setLong(2, runId);
            ps.setLong(3, now.toEpochMilli());
            ps.setString(4, letter.stage().name());
            ps.setString(5, letter.reason());
            ps.setString(6, letter.payload());
            ps.setInt(7, letter.attempts());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      updateRun(runId, RunStatus.RUNNING, counts, null, now, false);
      if (position != null) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dovetail_checkpoint (sync_name, source_key,"
            + " position, run_id, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sync_name, source_key) DO UPDATE SET"
            + " position = excluded.position, run_id = excluded.run_id, updated_at = excluded.updated_at")) {
          ps.setString(1, syncName);
          ps.setString(2, sourceKey);
          ps.setString(3, position);
          ps.setLong(4, runId);
          ps.setLong(5, now.toEpochMilli());
          ps.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("commit the checkpoint", e);
    }
  }

  /** Ends a run with its final status, counters and message. */
  public void finishRun(long runId, RunStatus status, RunCounts counts, String message, Instant now)
      throws StateStoreException {
    try {
      updateRun(runId, status, counts, message, now, true);
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("finish the run", e);
    }
  }

  private void updateRun(long runId, RunStatus status, RunCounts c, String message, Instant now, boolean end)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE dovetail_run SET status = ?, records_read = ?,"
        + " upserts = ?, deletes = ?, dead_lettered = ?, skipped = ?, retries = ?, pages = ?, heartbeat_at = ?,"
        + " ended_at = ?, message = ? WHERE run_id = ?")) {
      ps.setString(1, status.name());
      ps.setLong(2, c.read());
      ps.setLong(3, c.upserts());
      ps.setLong(4, c.deletes());
      ps.setLong(5, c.deadLettered());
      ps.setLong(6, c.skipped());
      ps.setLong(7, c.retries());
      ps.setLong(8, c.pages());
      ps.setLong(9, now.toEpochMilli());
      if (end) {
        ps.setLong(10, now.toEpochMilli());
      } else {
        ps.setNull(10, java.sql.Types.BIGINT);
      }
      ps.setString(11, message);
      ps.setLong(12, runId);
      ps.executeUpdate();
    }
  }

  /** The latest runs of {@code syncName} (all syncs when {@code null}), newest first. */
  public List<RunRecord> runs(String syncName, int limit) throws StateStoreException {
    String sql = "SELECT run_id, sync_name, source_key, destination, started_at, ended_at, status, records_read,"
        + " upserts, deletes, dead_lettered, skipped, retries, pages, message FROM dovetail_run"
        + (syncName == null ? "" : " WHERE sync_name = ?") + " ORDER BY run_id DESC LIMIT ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      if (syncName != null) {
        ps.setString(i++, syncName);
      }
      ps.setInt(i, limit);
      List<RunRecord> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long ended = rs.getLong(6);
          Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
          runs.add(new RunRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Instant.ofEpochMilli(rs.getLong(5)), endedAt, RunStatus.valueOf(rs.getString(7)),
              new RunCounts(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
                  rs.getLong(13), rs.getLong(14)), rs.getString(15)));
        }
      }
      connection.commit();
      return runs;
    } catch (SQLException e) {
      throw failure("read the run history", e);
    }
  }

  /** Dead letters of {@code syncName}, oldest first; replayed ones only when asked for. */
  public List<DeadLetter> deadLetters(String syncName, boolean includeReplayed, int limit) throws StateStoreException {
    String sql = "SELECT dead_letter_id, sync_name, run_id, created_at, stage, reason, payload, attempts, replayed_at"
        + " FROM dovetail_dead_letter WHERE sync_name = ?" + (includeReplayed ? "" : " AND replayed_at IS NULL")
        + " ORDER BY dead_letter_id LIMIT ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, syncName);
      ps.setInt(2, limit);
      List<DeadLetter> letters = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long replayed = rs.getLong(9);
          Instant replayedAt = rs.wasNull() ? null : Instant.ofEpochMilli(replayed);
          letters.add(new DeadLetter(rs.getLong(1), rs.getString(2), rs.getLong(3), Instant.ofEpochMilli(rs.getLong(4)),
              DeadLetter.Stage.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8), replayedAt));
        }
      }
      connection.commit();
      return letters;
    } catch (SQLException e) {
      throw failure("read the dead letters", e);
    }
  }

  /** Marks a dead letter delivered by a replay. */
  public void replayed(long deadLetterId, Instant now) throws StateStoreException {
    updateLetter("UPDATE dovetail_dead_letter SET replayed_at = ? WHERE dead_letter_id = ?", now.toEpochMilli(),
        null, deadLetterId);
  }

  /** Records that a replay failed again, and why. */
  public void replayFailed(long deadLetterId, String reason) throws StateStoreException {
    updateLetter("UPDATE dovetail_dead_letter SET attempts = attempts + 1, reason = ? WHERE dead_letter_id = ?", null,
        reason, deadLetterId);
  }

  private void updateLetter(String sql, Long time, String text, long id) throws StateStoreException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (time != null) {
        ps.setLong(1, time);
      } else {
        ps.setString(1, text);
      }
      ps.setLong(2, id);
      ps.executeUpdate();
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      throw failure("update dead letter " + id, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Closing: nothing left to save.
    }
    try {
      if (fileLock != null) {
        fileLock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException ignored) {
      // The lock goes with the process anyway.
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The original failure is what gets reported.
    }
  }

  private StateStoreException failure(String what, Exception e) {
    return new StateStoreException("state store " + label + ": cannot " + what + ": " + message(e), e);
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getName();
  }

  /** A stable 64-bit key for PostgreSQL's advisory lock (FNV-1a of the name). */
  static long lockKey(String syncName) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : ("dovetail-sync:" + syncName).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= b;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The SQL differences that matter here. */
  private enum Dialect {
    SQLITE, POSTGRESQL;

    static Dialect of(String url) throws StateStoreException {
      if (url.startsWith("jdbc:sqlite:")) {
        return SQLITE;
      }
      if (url.startsWith("jdbc:postgresql:")) {
        return POSTGRESQL;
      }
      throw new StateStoreException("unsupported state store " + JdbcUrls.redact(url)
          + ": use an SQLite file (jdbc:sqlite:PATH, or just a path) or PostgreSQL (jdbc:postgresql://HOST/DB)");
    }

    String identity() {
      return this == SQLITE ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    String driverHint() {
      return this == SQLITE ? "" : "; add org.postgresql:postgresql to the connector for PostgreSQL";
    }
  }
}
