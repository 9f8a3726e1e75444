package dev.dovetail.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code dovetail --version}: the runtime version, stamped into the jar at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
  static final String RESOURCE = "/META-INF/dovetail/runtime.properties";

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "dovetail-runtime " + properties.getProperty("version", "(unknown version)"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
