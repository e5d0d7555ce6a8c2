package org.pcchat.dsl.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The checklist as JSON, schema version {@link ChecklistFormat#SCHEMA_VERSION} (docs/checklist-json.md).
 * Written with Jackson's streaming generator: fields in a fixed order, two-space indentation and
 * {@code \n} line ends on every platform.
 */
final class JsonRenderer implements ChecklistRenderer {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	@Override
	public String render(Checklist checklist) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = FACTORY.createGenerator(text)) {
			json.setPrettyPrinter(new JsonLayout());
			writeChecklist(json, checklist);
		} catch (IOException e) {
			throw new UncheckedIOException("writing JSON to a string failed", e);
		}
		return text + "\n";
	}

	private static void writeChecklist(JsonGenerator json, Checklist checklist) throws IOException {
		json.writeStartObject();
		json.writeStringField("generator", "pcchat");
		json.writeNumberField("schemaVersion", ChecklistFormat.SCHEMA_VERSION);
		json.writeStringField("notice", ChecklistFormat.notice(checklist));
		json.writeStringField("topology", checklist.topology());
		json.writeStringField("product", checklist.product());
		json.writeStringField("source", checklist.source());
		json.writeObjectFieldStart("summary");
		json.writeNumberField("items", checklist.items().count());
		json.writeNumberField("todo", checklist.count(Kind.TODO));
		json.writeNumberField("verify", checklist.count(Kind.VERIFY));
		json.writeNumberField("runbook", checklist.count(Kind.RUNBOOK));
		json.writeNumberField("flagged", checklist.flaggedCount());
		json.writeNumberField("errors", checklist.errors());
		json.writeNumberField("warnings", checklist.warnings());
		json.writeEndObject();
		json.writeArrayFieldStart("sections");
		for (Section section : checklist.sections()) {
			writeSection(json, section);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void writeSection(JsonGenerator json, Section section) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", section.id());
		json.writeStringField("phase", section.phase().key());
		json.writeNumberField("step", section.phase().number());
		json.writeStringField("title", section.phase().title());
		json.writeStringField("site", section.site());
		json.writeArrayFieldStart("items");
		for (Item item : section.items()) {
			writeItem(json, item);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void writeItem(JsonGenerator json, Item item) throws IOException {
		json.writeStartObject();
		json.writeStringField("id", item.id());
		json.writeStringField("kind", item.kind().key());
		json.writeStringField("phase", item.phase().key());
		json.writeStringField("site", item.site());
		json.writeStringField("element", item.element());
		json.writeStringField("machine", item.machine());
		json.writeStringField("what", item.what());
		json.writeArrayFieldStart("why");
		for (Reason reason : item.why()) {
			json.writeStartObject();
			json.writeStringField("rule", reason.rule());
			json.writeStringField("requirement", reason.requirement());
			json.writeStringField("source", reason.source().url());
			json.writeStringField("sourceTitle", reason.source().title());
			json.writeEndObject();
		}
		json.writeEndArray();
		writeStrings(json, "actions", item.actions());
		writeStrings(json, "verify", item.verify());
		json.writeArrayFieldStart("flags");
		for (Flag flag : item.flags()) {
			json.writeStartObject();
			json.writeStringField("rule", flag.rule());
			json.writeStringField("title", flag.title());
			json.writeStringField("severity", flag.severity());
			json.writeStringField("message", flag.message());
			json.writeNumberField("line", flag.line());
			json.writeStringField("fix", flag.fix());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
		json.writeArrayFieldStart(field);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}
}
