package org.multilateral.benchmarks;

/** A hello-world Java program: the floor for how fast any Java command-line tool can start on this machine. */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
