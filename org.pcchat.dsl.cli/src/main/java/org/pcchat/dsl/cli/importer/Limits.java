package org.pcchat.dsl.cli.importer;

import java.util.Locale;

/**
 * How much pcchat import reads besides the document itself (whose size the command's --max-size
 * bounds before it is read): the document inside an archive once uncompressed (the same limit,
 * whatever the archive claims), and each facts file, which describes one machine in a few kilobytes.
 */
public record Limits(long entryBytes, long factsBytes) {

	/** A facts file: 1 MB. */
	public static final long FACTS_BYTES = 1L << 20;

	/** The limits with {@code maxSize} for an archive's document. */
	public static Limits of(long maxSize) {
		return new Limits(maxSize, FACTS_BYTES);
	}

	/** Entries an archive may list; Export-CsConfiguration writes a handful. */
	static final int MAX_ENTRIES = 1_000;

	/** Nesting of elements; the deepest real one is about 10. */
	static final int MAX_DEPTH = 64;

	/** Elements in one document: a real one has a few thousand (every service lists its ports). */
	static final int MAX_ELEMENTS = 1_000_000;

	static String megabytes(long bytes) {
		return bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MB"
				: bytes % 1024 == 0 ? bytes / 1024 + " kB"
				: String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}
}
