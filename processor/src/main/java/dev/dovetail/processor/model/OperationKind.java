package dev.dovetail.processor.model;

/** The entity operations a synapse method can implement, with their annotation and request type. */
public enum OperationKind {
  READ("dev.dovetail.annotations.Read", "READ", "getByWatermark", "ReadPage<%1$s> name(ReadRequest request)"),
  GET_BY_ID("dev.dovetail.annotations.GetById", "GET_BY_ID", "getById", "List<%1$s> name(IdRequest request)"),
  CREATE("dev.dovetail.annotations.Create", "CREATE", "create", "List<WriteResult> name(WriteRequest<%1$s> request)"),
  UPDATE("dev.dovetail.annotations.Update", "UPDATE", "update", "List<WriteResult> name(WriteRequest<%1$s> request)"),
  DELETE("dev.dovetail.annotations.Delete", "DELETE", "delete", "List<WriteResult> name(IdRequest request)");

  private final String annotation;
  private final String requestType;
  private final String capability;
  private final String signature;

  OperationKind(String annotation, String requestType, String capability, String signature) {
    this.annotation = annotation;
    this.requestType = requestType;
    this.capability = capability;
    this.signature = signature;
  }

  public String annotation() {
    return annotation;
  }

  /** The {@code RequestType} constant name. */
  public String requestType() {
    return requestType;
  }

  /** The SynapseInfo capability (contract §3.1). */
  public String capability() {
    return capability;
  }

  /** {@code @Read}. */
  public String label() {
    return "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  /** The expected signature for entity {@code entity}, for messages. */
  public String signature(String entity) {
    return String.format(signature, entity);
  }

  public boolean writes() {
    return this == CREATE || this == UPDATE || this == DELETE;
  }
}
