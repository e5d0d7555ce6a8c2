package org.pcchat.dsl.cli.importer;

import java.util.Locale;

/**
 * How much pcchat import reads: the topology document (or the archive holding it), the document
 * inside an archive once uncompressed, and each facts file. A real deployment's Get-CsTopology
 * output is a few hundred kilobytes (every service lists its ports); 16 MB is dozens of times the
 * largest, and still parses in a second.
 */
public record Limits(long documentBytes, long entryBytes, long factsBytes) {

  /** The document and an archive's uncompressed entry: 16 MB; a facts file: 1 MB. */
  public static final Limits DEFAULT = new Limits(16L << 20, 16L << 20, 1L << 20);

  /** Entries an archive may list; Export-CsConfiguration writes a handful. */
  static final int MAX_ENTRIES = 1_000;

  /** Nesting of elements; the deepest real one is about 10. */
  static final int MAX_DEPTH = 64;

  /** Elements in one document: a 16 MB document of empty elements, roughly. */
  static final int MAX_ELEMENTS = 1_000_000;

  static String megabytes(long bytes) {
    return bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MB"
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
