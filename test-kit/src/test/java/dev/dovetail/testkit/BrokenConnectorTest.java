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

  /** Display name → reason, of the checks that were aborted. */
  private static final Map<String, String> aborted = new LinkedHashMap<>();

  @BeforeAll
  static void runKitOnBrokenConnector() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenConnectorAcceptance.class)).execute()
        .testEvents().finished().stream().forEach(BrokenConnectorTest::record);
  }

  private static void record(Event event) {
    TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      aborted.put(event.getTestDescriptor().getDisplayName(), result.getThrowable().orElseThrow().getMessage());
      return;
    }
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
    assertThat(message).contains("record id 1 {");
    assertThat(message).contains("a read resumed from the watermark 2025-01-01T04:09:00Z (the last record's"
        + " lastModified, where the platform resumes, §6.5) returns what changed since (created by the kit through"
        + " @Create) and repeats only records at that very instant; this one was read before, with lastModified"
        + " 2025-01-01T00:00:00Z, older than the watermark\n"
        + "     fix:   filter the upstream query by the window's start (ReadRequest.start())");
    // Gizmo's create answers ids it never stores: the resumed read cannot return them.
    assertThat(message).contains("2 of 2 were not returned: ids [1000, 1001]");
  }

  @Test
  void resumeThatLosesRecordsCreatedBetweenReadsNamesThemAndTheWatermark() {
    String message = failure("sprocket_api", "sprocket: " + SynapseChecks.READ);
    assertThat(message).containsMatch("sprocket_api › sprocket: " + SynapseChecks.READ + ": 1 problem\n"
        + "  1\\. entity 'sprocket': 2 records added between the reads, created by the kit through @Create,"
        + " ids \\[(\\d+), (\\d+)\\]\n"
        + "     rule:  a read resumed from the watermark 2025-03-01T00:02:00Z \\(the last record's lastModified,"
        + " where the platform resumes, §6.5\\) to \\S+Z returns every record changed since; 2 of 2 were not"
        + " returned: ids \\[\\1, \\2\\]\n"
        + "     fix:   query the upstream on every READ with the request's window \\(ReadRequest.start\\(\\) to"
        + " end\\(\\)\\), caching nothing between READs, and keep the watermark attribute at the time each record"
        + " last changed$");
  }

  @Test
  void resumeReturnsWhatTheFixtureHookAdded() {
    assertThat(results).containsEntry(testOf("cog: " + SynapseChecks.READ), "");
  }

  @Test
  void resumeWithNothingAddedIsAbortedSayingHowToCheckInFull() {
    assertThat(aborted).containsEntry("spring: " + SynapseChecks.READ, "only checked that a read resumed from the"
        + " watermark 2025-03-01T00:02:00Z returns nothing new: no records were added between the reads, as entity"
        + " 'spring' has no @Create and the fixture no hook. To check that records added between reads are returned,"
        + " give the fixture one: SynapseFixture.between(\"spring\", () -> <add records, return their ids>)");
  }

  private static String testOf(String displayName) {
    return results.keySet().stream().filter(key -> key.endsWith(" " + displayName)).findFirst()
        .orElseThrow(() -> new AssertionError("no test '" + displayName + "' among " + results.keySet()));
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
