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

  /**
   * The auth types under which the field is asked (their {@code supportedAuthTypes[].fields} in SynapseInfo), e.g.
   * {@code userName} and {@code password} for {@link AuthType#USER_PWD} only; each must be one of the synapse's
   * {@link Synapse#authTypes()}. Default (empty): all of them, as for an {@code endpoint} every auth type needs. A
   * synapse whose only auth type is {@link AuthType#NONE} lists its fields as {@code configuredFields} instead.
   */
  AuthType[] authTypes() default {};
}
