package org.pcchat.dsl.cli;

/** Entry point of the executable jar. */
public final class Main {

	private static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

	private Main() {
	}

	public static void main(String[] args) {
		// Guice's generated classes only speed up long-running injectors; generating them calls
		// sun.misc.Unsafe, which JDK 24 and later report with four WARNING lines on every run.
		if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
			System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
		}
		System.exit(PcchatCommand.commandLine().execute(args));
	}
}
