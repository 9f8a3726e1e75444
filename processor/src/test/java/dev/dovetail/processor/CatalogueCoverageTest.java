package dev.dovetail.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.dovetail.processor.diag.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the diagnostic catalogue has a failure test: its id appears, quoted, in one of the rule test classes.
 * A new {@link Message} fails this test until a test triggers it.
 */
class CatalogueCoverageTest {
  private static final Path TESTS = Path.of("src/test/java/dev/dovetail/processor");
  private static final List<String> RULE_TESTS = List.of("DestinationRulesTest.java", "SchemaRulesTest.java",
      "FieldTypeRulesTest.java", "MetaRulesTest.java", "RobustnessTest.java", "SynapseRulesTest.java",
      "SynapseInheritanceTest.java", "MisplacedAnnotationsTest.java");

  /**
   * Not triggerable from sources: {@code INTERNAL_ERROR} reports processor bugs; {@code FIELD_UNRESOLVED_TYPE} is a
   * safety net, because every type that mentions an unresolved type is deferred (and at the end reported as
   * {@code DEFERRED_TYPE_MISSING}) before its fields are mapped.
   */
  private static final Set<Message> UNTRIGGERABLE = Set.of(Message.INTERNAL_ERROR, Message.FIELD_UNRESOLVED_TYPE);

  @Test
  void everyMessageHasAFailureTest() throws IOException {
    StringBuilder tests = new StringBuilder();
    for (String file : RULE_TESTS) {
      tests.append(Files.readString(TESTS.resolve(file), StandardCharsets.UTF_8));
    }
    List<String> untested = Arrays.stream(Message.values())
        .filter(m -> !UNTRIGGERABLE.contains(m))
        .filter(m -> !tests.toString().contains("\"" + m.id() + "\""))
        .map(Message::id)
        .collect(Collectors.toList());
    assertWithMessage("catalogue ids without a failure test").that(untested).isEmpty();
  }

  @Test
  void ruleTestClassesExist() throws IOException {
    try (Stream<Path> files = Files.list(TESTS)) {
      Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      assertWithMessage("test classes").that(names).containsAtLeastElementsIn(RULE_TESTS);
    }
  }
}
