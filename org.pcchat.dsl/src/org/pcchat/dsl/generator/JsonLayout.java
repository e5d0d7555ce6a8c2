package org.pcchat.dsl.generator;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * The layout of the JSON output: two spaces per level, {@code "key": value}, {@code []} and
 * {@code {}} when empty, and {@code \n} line ends whatever the platform's (Jackson's default
 * printer would use the platform's line separator, and its classes are outside the API package
 * this bundle imports).
 */
final class JsonLayout implements PrettyPrinter {

	private int depth;

	@Override
	public void writeRootValueSeparator(JsonGenerator json) throws IOException {
		json.writeRaw('\n');
	}

	@Override
	public void writeStartObject(JsonGenerator json) throws IOException {
		json.writeRaw('{');
		depth++;
	}

	@Override
	public void beforeObjectEntries(JsonGenerator json) throws IOException {
		newLine(json);
	}

	@Override
	public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
		json.writeRaw(": ");
	}

	@Override
	public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
		json.writeRaw(',');
		newLine(json);
	}

	@Override
	public void writeEndObject(JsonGenerator json, int entries) throws IOException {
		depth--;
		if (entries > 0) {
			newLine(json);
		}
		json.writeRaw('}');
	}

	@Override
	public void writeStartArray(JsonGenerator json) throws IOException {
		json.writeRaw('[');
		depth++;
	}

	@Override
	public void beforeArrayValues(JsonGenerator json) throws IOException {
		newLine(json);
	}

	@Override
	public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
		json.writeRaw(',');
		newLine(json);
	}

	@Override
	public void writeEndArray(JsonGenerator json, int values) throws IOException {
		depth--;
		if (values > 0) {
			newLine(json);
		}
		json.writeRaw(']');
	}

	private void newLine(JsonGenerator json) throws IOException {
		json.writeRaw("\n" + "  ".repeat(depth));
	}
}
