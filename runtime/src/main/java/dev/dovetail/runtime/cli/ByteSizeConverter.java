package dev.dovetail.runtime.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A byte count: {@code 1048576}, {@code 512KiB}, {@code 10MiB}, {@code 1GiB} (also {@code K}, {@code M}, {@code G}: binary units). */
final class ByteSizeConverter implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|K|KIB|M|MIB|G|GIB)?");

  @Override
  public Long convert(String value) {
    Matcher matcher = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new TypeConversionException("'" + value + "' is not a size such as 1048576, 512KiB or 10MiB");
    }
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "B" : matcher.group(2);
    int shift = switch (unit.charAt(0)) {
      case 'K' -> 10;
      case 'M' -> 20;
      case 'G' -> 30;
      default -> 0;
    };
    if (number > (Long.MAX_VALUE >> shift)) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
    return number << shift;
  }
}
