package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/** The machine-readable report; every checked file is listed, with or without diagnostics. */
final class JsonReport {

	// HTML escaping would turn the quotes in messages into \u0027.
	private static final Gson GSON = new GsonBuilder()
			.registerTypeAdapter(Severity.class,
					(JsonSerializer<Severity>) (severity, type, context) -> new JsonPrimitive(severity.label()))
			.setPrettyPrinting()
			.disableHtmlEscaping()
			.create();

	/** The document's shape: field order and names are part of the output format. */
	private record Document(String version, List<FileReport> files, List<UnreadableFile> unreadable, Summary summary) {
	}

	/** A file that could not be read, and why. */
	private record UnreadableFile(String path, String problem) {
	}

	private JsonReport() {
	}

	static void write(List<FileReport> reports, Unreadable unreadable, PrintWriter out) {
		List<UnreadableFile> files = unreadable.problems().stream()
				.map(problem -> new UnreadableFile(problem.path(), problem.problem())).toList();
		GSON.toJson(new Document(Version.number(), reports, files, Summary.of(reports, unreadable)), out);
		out.println();
		out.flush();
	}
}
