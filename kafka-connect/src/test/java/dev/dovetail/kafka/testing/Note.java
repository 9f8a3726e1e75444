package dev.dovetail.kafka.testing;

import dev.dovetail.annotations.Schema;
import dev.dovetail.annotations.SchemaField;

/**
 * A short note.
 *
 * @param noteId Identifier of the note
 * @param text What the note says
 */
@Schema
public record Note(@SchemaField(primary = true, displayName = "Note ID") String noteId, String text) {}
