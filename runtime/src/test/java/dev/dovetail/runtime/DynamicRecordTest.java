package dev.dovetail.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.runtime.testing.LeadSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicRecordTest {
  private final DynamicRecordType lead = type();

  private static DynamicRecordType type() {
    try {
      return DynamicRecordType.of(LeadSchema.valid());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private DynamicRecordType company() {
    return lead.field(lead.requireIndex("company")).type().recordType();
  }

  private DynamicRecord sample() {
    DynamicRecord acme = company().newRecord().set("name", "Acme").set("size", 120).build();
    return lead.newRecord()
        .set("email", "ada@acme.io")
        .set("score", 7)
        .set("tags", List.of("vip", "emea"))
        .set("company", acme)
        .build();
  }

  @Test
  void typeDescribesTheSchema() {
    assertThat(lead.name()).isEqualTo("lead");
    assertThat(lead.fieldNames()).containsExactly("email", "score", "tags", "company").inOrder();
    assertThat(lead.primaryKey()).containsExactly("email");
    assertThat(lead.field(2).type().toString()).isEqualTo("[string]");
    assertThat(lead.field(3).type().toString()).isEqualTo("company");
    assertThat(lead.indexOf("nope")).isEqualTo(-1);
  }

  @Test
  void typedGettersFollowTheScalarMapping() {
    DynamicRecord record = sample();
    assertThat(record.getString("email")).isEqualTo("ada@acme.io");
    assertThat(record.getLong("score")).isEqualTo(7L);
    assertThat(record.getList("tags")).containsExactly("vip", "emea").inOrder();
    assertThat(record.getRecord("company").getLong("size")).isEqualTo(120L);
    assertThat(record.get("score")).isInstanceOf(Long.class);
  }

  @Test
  void absentFieldsAreNullAndNotHad() {
    DynamicRecord record = lead.newRecord().set("email", "x@y.z").build();
    assertThat(record.has("email")).isTrue();
    assertThat(record.has("score")).isFalse();
    assertThat(record.has("not_a_field")).isFalse();
    assertThat(record.getLong("score")).isNull();
  }

  @Test
  void wrongGetterSaysWhichToUse() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().getLong("email"));
    assertThat(e).hasMessageThat().isEqualTo("lead.email is of type 'string'; getLong does not apply, use getString");
    assertThrows(IllegalArgumentException.class, () -> sample().getString("tags"));
  }

  @Test
  void unknownFieldListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().get("mail"));
    assertThat(e).hasMessageThat().isEqualTo("'mail' is not a field of lead; fields are [email, score, tags, company]");
  }

  @Test
  void builderChecksValues() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> lead.newRecord().set("score", "7")))
        .hasMessageThat().isEqualTo("lead.score is of type 'int' but the value is String");
    assertThat(assertThrows(IllegalArgumentException.class, () -> lead.newRecord().set("score", 3_000_000_000L)))
        .hasMessageThat().isEqualTo("lead.score: 3000000000 is out of range for int");
    assertThat(assertThrows(IllegalArgumentException.class, () -> lead.newRecord().set("tags", List.of("a", 2))))
        .hasMessageThat().isEqualTo("lead.tags[1] is of type '[string]' but the value is Integer");
    DynamicRecord notACompany = lead.newRecord().set("email", "a@b.c").build();
    assertThat(assertThrows(IllegalArgumentException.class, () -> lead.newRecord().set("company", notACompany)))
        .hasMessageThat().isEqualTo("lead.company is of type 'company' but the value is a lead record");
  }

  @Test
  void builderIsSingleUse() {
    DynamicRecord.Builder builder = lead.newRecord().set("email", "a@b.c");
    builder.build();
    assertThrows(IllegalStateException.class, builder::build);
    assertThrows(IllegalStateException.class, () -> builder.set("email", "x"));
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("a"));
    DynamicRecord record = lead.newRecord().set("tags", tags).build();
    tags.add("b");
    assertThat(record.getList("tags")).containsExactly("a");
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) record.getList("tags")).clear());
  }

  @Test
  void equalityIsByTypeAndValues() throws Exception {
    DynamicRecordType other = DynamicRecordType.of(LeadSchema.valid());
    DynamicRecord a = sample();
    DynamicRecord b = other.newRecord()
        .set("email", "ada@acme.io").set("score", 7L).set("tags", List.of("vip", "emea"))
        .set("company", other.field(3).type().recordType().newRecord().set("name", "Acme").set("size", 120L).build())
        .build();
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(lead.newRecord().set("email", "ada@acme.io").build());
  }

  @Test
  void toStringShowsPresentFieldsInSchemaOrder() {
    assertThat(sample().toString())
        .isEqualTo("lead{email=ada@acme.io, score=7, tags=[vip, emea], company=company{name=Acme, size=120}}");
  }
}
