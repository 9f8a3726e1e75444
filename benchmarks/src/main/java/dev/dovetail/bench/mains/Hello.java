package dev.dovetail.bench.mains;

/** The hello-world program the start-up benchmark packs into a jar of its own. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
