package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code meta} block (and {@code runtime}) of the generated {@code app.yml}. Put it once per connector,
 * usually on {@code package-info.java} of the connector's root package:
 *
 * <pre>{@code
 * @OcpApp(appId = "acme_dam", displayName = "Acme DAM", version = "1.0.0", vendor = "acme",
 *         summary = "Syncs assets into Acme DAM", supportUrl = "https://acme.io/help",
 *         contactEmail = "help@acme.io", categories = OcpCategory.CONTENT_MANAGEMENT)
 * package com.acme.dam;
 * }</pre>
 *
 * <p>Every value is checked at compile time with the OCP meta rules. Alternatively the whole {@code meta} block can
 * come from a hand-written base manifest (processor option {@code dovetail.baseManifest}); then this annotation must
 * not be used.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface OcpApp {

  /** {@code ^[a-z][a-z_0-9]{2,31}$}: 3 to 32 characters, lowercase letter first. */
  String appId();

  /** Name shown in the OCP app directory; not blank. */
  String displayName();

  /** Semantic version, optionally {@code -dev}, {@code -beta} (with {@code .N}) or {@code -private}. */
  String version();

  /** Lower snake case vendor id ({@code ^[a-z0-9]+(_[a-z0-9]+)*$}). */
  String vendor();

  /** One-line summary; not blank. */
  String summary();

  /** An {@code https://} web address. */
  String supportUrl();

  /** A valid e-mail address. */
  String contactEmail();

  /** One or two distinct categories. */
  OcpCategory[] categories();

  /** Availability zones; {@code all} must stand alone. Default {@code all}. */
  String[] availability() default {"all"};

  /** OCP runtime: {@code node12}, {@code node18}, {@code node18_rt} or {@code node22}. */
  String runtime() default "node22";
}
