package dev.dovetail.processor.model;

import java.util.List;

/** One Syncari attribute of an entity (contract §5.2), derived from a field and its {@code @Attribute}. */
public record AttributeModel(
    FieldModel field,
    String dataType,
    boolean multiValue,
    List<String> picklistValues,
    String referenceTo,
    boolean nillable,
    boolean updateable,
    boolean createOnly,
    boolean calculated,
    boolean unique,
    boolean idField,
    boolean watermarkField,
    boolean createdAtField,
    boolean updatedAtField) {}
