package dev.dovetail.annotations;

/** Syncari authentication types, with their wire values. */
public enum AuthType {
  /** Basic authentication ({@code UserPasswordToken}). */
  BASIC_TOKEN("UserPasswordToken"),
  /** User name and password ({@code UserPassword}). */
  USER_PWD("UserPassword"),
  /** An API key or single access token ({@code ApiKey}). */
  API_KEY("ApiKey"),
  /** OAuth 2 authorization-code flow ({@code Oauth}). */
  OAUTH("Oauth"),
  /** OAuth 2 client-credentials style ({@code SimpleOAuth}). */
  SIMPLE_OAUTH("SimpleOAuth"),
  /** No authentication ({@code None}). */
  NONE("None");

  private final String wireValue;

  AuthType(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }
}
