package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Verifies a connection against the end system: {@code Connection m(Connection connection)} (returning it, possibly
 * enriched) or {@code void m(Connection connection)}; throw when the credentials do not work.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TestConnection {}
