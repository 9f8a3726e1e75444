package dev.dovetail.runtime.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A point in time: epoch milliseconds ({@code 1700000000000}), an ISO-8601 instant ({@code 2023-11-14T22:13:20Z}),
 * date-time with offset ({@code 2023-11-14T23:13:20+01:00}) or date ({@code 2023-11-14}, midnight UTC).
 */
final class InstantConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    String text = value.trim();
    try {
      if (text.matches("-?\\d{1,19}")) {
        return Instant.ofEpochMilli(Long.parseLong(text));
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is neither epoch milliseconds nor an ISO-8601 date-time such"
          + " as 2023-11-14T22:13:20Z");
    }
  }
}
