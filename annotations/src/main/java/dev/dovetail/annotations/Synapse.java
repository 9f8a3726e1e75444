package dev.dovetail.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Syncari custom synapse. Its methods annotated with {@link TestConnection}, {@link Read},
 * {@link GetById}, {@link Create}, {@link Update} and {@link Delete} implement the operations, each for one
 * {@link Schema} entity type; an optional {@link Describe} method adds entities only known at run time. The
 * processor writes the synapse descriptor ({@code META-INF/dovetail/synapses/<name>.json}), generates
 * {@code <Class>Dispatcher} and lists it in the service index. The class needs a public no-argument constructor; an
 * instance serves one request.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Synapse {

  /** API name (also the webhook path segment). Default: the class name in snake_case. */
  String name() default "";

  /** Name shown in Syncari. Default: derived from the class name. */
  String displayName() default "";

  /** What the synapse connects to. Default: the first sentence of the class Javadoc. */
  String description() default "";

  /** Syncari's category of the end system, e.g. {@code crm}. */
  String category() default "custom";

  /** Accepted authentication types; {@link AuthType#NONE} when none is needed. */
  AuthType[] authTypes() default {AuthType.API_KEY};

  /** The fields the user fills in when connecting (endpoint, credentials, settings). */
  ConnectionField[] connectionFields() default {};

  /** Most records per create/update/delete call ({@code apiMaxCrudSize}); the platform's default is 20. */
  int apiMaxCrudSize() default 20;

  /** Reads never ask for records newer than now minus this many seconds (for eventually consistent end systems). */
  int readSkewSeconds() default 0;

  /** How many records the {@link Read} method is asked for per call. */
  int pageSize() default 100;
}
