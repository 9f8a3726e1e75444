package dev.dovetail.bench.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rows a benchmark main measured, kept as JSON in the results folder until the report reads them. */
public final class Rows {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Rows() {}

  public static void write(Path file, List<Row> rows) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    MAPPER.writeValue(file.toFile(), rows);
    for (Row row : rows) {
      System.err.printf("result: %s | %s | %s | %s%n", row.benchmark(), row.dovetail(), row.alternative(),
          row.ratio() == null ? "—" : Report.ratio(row.ratio(), row.error()));
    }
  }

  public static List<Row> read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), new TypeReference<List<Row>>() {});
  }
}
