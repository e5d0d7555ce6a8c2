package org.pcchat.benchmarks;

import java.nio.charset.StandardCharsets;

import org.pcchat.benchmarks.generator.Deployment;
import org.pcchat.benchmarks.generator.JsonWriter;
import org.pcchat.benchmarks.generator.PctopoWriter;
import org.pcchat.benchmarks.generator.TopologyGenerator;

/** The topologies every benchmark uses: the same seed, so every run measures the same text. */
public final class Topologies {

	static final long SEED = 2013;
	/** The editor benchmark's file: at least this many lines. */
	public static final int EDITED_FILE_LINES = 5_000;

	private Topologies() {
	}

	public static Deployment deployment(int servers) {
		return TopologyGenerator.generate(servers, SEED);
	}

	public static byte[] pctopo(int servers) {
		return PctopoWriter.write(deployment(servers)).getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] json(int servers) {
		return JsonWriter.write(deployment(servers)).getBytes(StandardCharsets.UTF_8);
	}

	/** The smallest topology, in steps of ten servers, of at least {@link #EDITED_FILE_LINES} lines. */
	public static String fiveThousandLines() {
		for (int servers = 10;; servers += 10) {
			String text = PctopoWriter.write(deployment(servers));
			if (text.lines().count() >= EDITED_FILE_LINES) {
				return text;
			}
		}
	}
}
