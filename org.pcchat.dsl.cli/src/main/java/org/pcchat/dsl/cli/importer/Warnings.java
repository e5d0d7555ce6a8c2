package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What pcchat import did not understand or could not write, for standard error; each warning is
 * also kept as a comment in the output where it concerns an element.
 */
public final class Warnings {

	private final List<String> messages = new ArrayList<>();

	void add(String where, int line, String message) {
		messages.add(ImportException.at(where, line) + ": " + message);
	}

	void add(String where, String message) {
		messages.add(where + ": " + message);
	}

	public List<String> messages() {
		return List.copyOf(messages);
	}
}
