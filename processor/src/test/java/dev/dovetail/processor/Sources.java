package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test helpers: inline sources and a javac with the Dovetail processor. */
final class Sources {
  /** The {@code @OcpApp} every valid connector needs, as a package-info of {@code com.acme}. */
  static final JavaFileObject APP = JavaFileObjects.forSourceLines("com.acme.package-info",
      "@OcpApp(appId = \"acme_dam\", displayName = \"Acme DAM\", version = \"1.0.0\", vendor = \"acme\",",
      "    summary = \"Syncs assets\", supportUrl = \"https://acme.io/help\", contactEmail = \"help@acme.io\",",
      "    categories = OcpCategory.CONTENT_MANAGEMENT)",
      "package com.acme;",
      "",
      "import dev.dovetail.annotations.OcpApp;",
      "import dev.dovetail.annotations.OcpCategory;");

  private Sources() {}

  /** A source file {@code com.acme.<name>} with the usual imports prepended; line 1 of {@code lines} is line 13. */
  static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package com.acme;",
        "import dev.dovetail.annotations.*;",
        "import dev.dovetail.runtime.*;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        "import java.util.List;",
        "import java.util.Map;",
        "import java.util.Set;",
        "",
        "",
        "",
        ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.acme." + name, all);
  }

  /** Line number in a {@link #source} file of its {@code index}-th (0-based) body line. */
  static long line(int index) {
    return 13 + index;
  }

  static Compilation compile(JavaFileObject... files) {
    return compiler().compile(files);
  }

  static Compiler compiler() {
    return Compiler.javac().withProcessors(new DovetailProcessor()).withOptions("--release", "17");
  }
}
