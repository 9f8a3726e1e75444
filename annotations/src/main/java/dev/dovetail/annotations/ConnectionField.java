package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field the user fills in when connecting a synapse. Standard names ({@code endpoint}, {@code userName},
 * {@code password}, {@code clientId}, {@code clientSecret}, {@code token}, {@code accessToken}, …) land in
 * {@code connection.authConfig}; other names in {@code authConfig.additionalHeaders}. Read them with
 * {@code Connection.field(name)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ConnectionField {

  String name();

  /** Label shown to the user. Default: derived from the name. */
  String label() default "";

  String description() default "";

  boolean required() default true;

  /** Never logged or shown in errors. Standard secret names (password, token, …) are secret regardless. */
  boolean secret() default false;

  String defaultValue() default "";
}
