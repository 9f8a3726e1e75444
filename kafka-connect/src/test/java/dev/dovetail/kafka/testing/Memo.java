package dev.dovetail.kafka.testing;

import dev.dovetail.annotations.Attribute;
import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A memo of the memo service.
 *
 * @param memoId Identifier of the memo
 * @param text What the memo says
 * @param updated Last change, epoch milliseconds
 */
@Schema
public record Memo(@SchemaField(primary = true) String memoId, String text, @Attribute(watermark = true) long updated) {}
