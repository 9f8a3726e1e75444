package com.acme.model;

/** A postal address. */
public class Address {
  /** Street and number. */
  public String street;
  /** ISO country code. */
  public String country;
}
