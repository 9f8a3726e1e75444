package dev.dovetail.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Marks the method that returns the connector's acceptance checks: a JUnit 5 {@link TestFactory} tagged
 * {@code connector-acceptance}, so each check on each connector is its own named test in the report
 * ({@code asset_sqlite › delivers sample records}).
 *
 * <pre>{@code
 * class MyConnectorTest {
 *   @TempDir Path dir;
 *
 *   @ConnectorTest
 *   Stream<DynamicNode> acceptance() {
 *     return ConnectorKit.load()
 *         .settings(Map.of("sqlite.path", dir.resolve("kit.db").toString()))
 *         .synapse("my_crm", SynapseFixture.endpoint(server.url()))
 *         .checks();
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestFactory
@Tag("connector-acceptance")
public @interface ConnectorTest {}
