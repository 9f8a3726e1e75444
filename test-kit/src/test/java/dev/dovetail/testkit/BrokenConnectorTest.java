package dev.dovetail.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit run on the broken fixture connector: every check that can fail fails, with a message naming the connector,
 * the record or file, the field and the rule.
 */
class BrokenConnectorTest {
  /** Test id and display name → failure message; passing tests map to "". */
  private static final Map<String, String> results = new LinkedHashMap<>();

  @BeforeAll
  static void runKitOnBrokenConnector() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenConnectorAcceptance.class)).execute()
        .testEvents().finished().stream().forEach(BrokenConnectorTest::record);
  }

  private static void record(Event event) {
    TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
    results.put(event.getTestDescriptor().getUniqueId().toString() + " " + event.getTestDescriptor().getDisplayName(),
        result.getThrowable().map(Throwable::getMessage).orElse(""));
  }

  private static String failure(String connector, String check) {
    String prefix = connector + " › " + check + ":";
    for (String message : results.values()) {
      if (message.startsWith(prefix)) {
        return message;
      }
    }
    throw new AssertionError("no failure '" + prefix + "' among " + results.values());
  }

  @Test
  void staleSchemaFileFailsTheSchemaRulesNamingFileAndRule() {
    assertThat(failure("destinations/schema", ManifestChecks.SCHEMAS)).contains("destinations/schema/old_gadget.yml\n"
        + "     rule:  S1: name 'gadget_v1' must match the file base name 'old_gadget'");
    assertThat(failure("destinations/schema", ManifestChecks.SCHEMAS))
        .contains("rule:  fields[0].type 'integer' does not match any custom_types name");
  }

  @Test
  void notReadyNamesTheMessageAndTheSuppliedSettings() {
    assertThat(failure("widget_push", DestinationChecks.READY)).contains(
        "WidgetDestination.ready() answered not ready: set widget.token\n"
            + "     rule:  with the settings supplied to the kit, the destination is ready\n"
            + "     fix:   supply the settings it needs to the kit (ConnectorKit.settings(...); supplied: [])");
    assertThat(failure("widget_push", DestinationChecks.DELIVERS)).contains("was not delivered");
  }

  @Test
  void narrowJavaTypesFailTheCodecCheckNamingRecordFieldAndValue() {
    String message = failure("gadget_push", DestinationChecks.CODEC);
    assertThat(message).containsMatch("record #\\d+ \\{\"gadget_id\":\"kit-\\d+\",.*\"stock\":2147483647");
    assertThat(message).contains("field: stock = 2147483647 (int maximum)");
    assertThat(message).contains("it rejected field 'stock'");
    assertThat(message).contains("field: weight = 1.7976931348623157E+308 (double maximum)");
    assertThat(message).contains("changed weight: sent 1.7976931348623157E+308, got back \"Infinity\"");
    assertThat(message).contains("changed weight: sent 123456789.123456789, got back 123456792");
  }

  @Test
  void rejectedEdgeValueFailsDeliveryNamingRecordAndField() {
    String message = failure("gadget_push", DestinationChecks.DELIVERS);
    assertThat(message).contains("field: name = \"\" (empty string)");
    assertThat(message).contains("deliver() accepts every record the schema allows; batch 1 (the record, 1 item)"
        + " failed after 1 attempt: name must not be empty");
  }

  @Test
  void deletesFailedBySupportingDestinationNameTheContract() {
    assertThat(failure("gadget_push", DestinationChecks.DELETES)).contains(
        "supports_delete: true, so delete items ({<primary fields>, \"_isDeleted\": true}) reach deliver()");
    assertThat(failure("gadget_push", DestinationChecks.DELETES)).contains("deletes are not implemented");
  }

  @Test
  void describeReportsTheDescribeMethodsBrokenSchema() {
    assertThat(failure("gizmo_api", SynapseChecks.DESCRIBE)).contains("the @Describe method's Schemas\n"
        + "     rule:  entity 'gizmo_note' has no id attribute");
  }

  @Test
  void readReportsDuplicatesAcrossPagesAndAResumeThatReadsEverythingAgain() {
    String message = failure("gizmo_api", "gizmo: " + SynapseChecks.READ);
    assertThat(message).contains("record id 100 ");
    assertThat(message).contains("a READ cycle returns each record once; it came back again (page 2)");
    assertThat(message).contains("returns only records changed since; this one was read before");
  }

  @Test
  void updateThatAnswersOtherIdsFailsNamingSentAndReturnedId() {
    assertThat(failure("gizmo_api", "gizmo: " + SynapseChecks.CRUD)).contains("sent id 1000, got back gizmo-1000");
  }

  @Test
  void checksTheConnectorGotRightStillPass() {
    Set<String> passed = new TreeSet<>();
    results.forEach((name, message) -> {
      if (message.isEmpty()) {
        passed.add(name);
      }
    });
    assertThat(passed.toString()).contains(ManifestChecks.MANIFEST);
    assertThat(passed.toString()).contains(DestinationChecks.READY);
  }
}
