package dev.dovetail.processor.model;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One field of a schema or custom type.
 *
 * @param element the Java field (for records: the component's private field, which javac can position)
 * @param javaName the component or field name
 * @param javaType its declared type
 * @param getter how generated code reads it: a method name ({@code assetId}, {@code getAssetId}) or, when
 *     {@code getterIsField}, the public field
 * @param setter for classes: a setter name, or the public field when {@code setterIsField}; unused for records
 */
public record FieldModel(
    VariableElement element,
    String javaName,
    TypeMirror javaType,
    String name,
    String displayName,
    String description,
    boolean primary,
    boolean urlFormat,
    FieldType type,
    String getter,
    boolean getterIsField,
    String setter,
    boolean setterIsField) {}
