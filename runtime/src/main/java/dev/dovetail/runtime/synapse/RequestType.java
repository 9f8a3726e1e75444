package dev.dovetail.runtime.synapse;

/** The {@code type} of a request envelope (contract §2.1), including the platform-only HTTP types. */
public enum RequestType {
  SYNAPSE_INFO,
  TEST,
  REFRESH_TOKEN,
  GET_ACCESS_TOKEN,
  DESCRIBE,
  READ,
  GET_BY_ID,
  CREATE,
  UPDATE,
  DELETE,
  EXTRACT_WEBHOOK_IDENTIFIER,
  PROCESS_WEBHOOK,
  GET_HEADERS,
  SEARCH,
  HTTP_POST,
  HTTP_PUT,
  HTTP_DELETE;

  /** How the SDK names the type in messages: {@code RequestType.READ}. */
  public String sdkName() {
    return "RequestType." + name();
  }
}
