package org.pcchat.dsl.cli.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * Reads facts files: each one named, and every {@code *.json} file in a folder named (not below
 * it). A file that is not JSON is an error naming its line; one of another schema is an error when
 * named, skipped with a warning when found in a folder (a pcchat.json may sit there); a field of the
 * wrong type is ignored with a warning. Unknown fields are ignored, as the schema says.
 */
final class FactsReader {

	static final String SCHEMA = "pcchat-facts/1";

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private final Warnings warnings;
	private final long limit;
	private String file;

	private FactsReader(Warnings warnings, long limit) {
		this.warnings = warnings;
		this.limit = limit;
	}

	/** The facts of every file the arguments name, in the order of the arguments, a folder's files by name. */
	static List<Facts> read(List<Path> arguments, Warnings warnings, long limit) throws ImportException {
		FactsReader reader = new FactsReader(warnings, limit);
		List<Facts> facts = new ArrayList<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				List<Path> files;
				try (Stream<Path> list = Files.list(argument)) {
					files = list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".json") && Files.isRegularFile(p))
							.sorted().toList();
				} catch (IOException e) {
					throw new ImportException(argument.toString(), "cannot list the folder: " + e.getMessage(), e);
				}
				if (files.isEmpty()) {
					warnings.add(argument.toString(), "no .json facts files in this folder");
				}
				for (Path path : files) {
					reader.file(path, true, facts);
				}
			} else {
				reader.file(argument, false, facts);
			}
		}
		return facts;
	}

	private void file(Path path, boolean found, List<Facts> facts) throws ImportException {
		file = path.toString();
		JsonElement json = parse(text(path));
		JsonObject object = json.isJsonObject() ? json.getAsJsonObject() : null;
		String schema = object == null ? null : string(object, "schema");
		if (!SCHEMA.equals(schema)) {
			String problem = "not a facts file (its \"schema\" is " + (schema == null ? "missing" : "'" + schema + "'")
					+ ", not '" + SCHEMA + "')";
			if (found) {
				warnings.add(file, problem + "; skipped");
				return;
			}
			throw new ImportException(file, problem);
		}
		JsonObject computer = object(object, "computer");
		String fqdn = computer == null ? null : string(computer, "fqdn");
		if (fqdn == null || fqdn.isBlank()) {
			throw new ImportException(file, "a facts file without computer.fqdn; pcchat cannot tell which machine it "
					+ "describes");
		}
		facts.add(new Facts(path.getFileName().toString(), file, fqdn.strip(), string(object, "collected"),
				computer == null ? null : string(computer, "timeZone"), os(object(object, "os")),
				hardware(object(object, "hardware")), software(object(object, "software")),
				list(object, "sqlInstances", this::sqlInstance), list(object, "certificates", this::certificate)));
	}

	private String text(Path path) throws ImportException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				throw new ImportException(file, "not a regular file");
			}
			try (InputStream in = Files.newInputStream(path)) {
				byte[] bytes = in.readNBytes((int) limit + 1);
				if (bytes.length > limit) {
					throw new ImportException(file, "larger than " + limit / 1024 + " KB; a facts file describes one machine "
							+ "in a few kilobytes");
				}
				String text = new String(bytes, StandardCharsets.UTF_8);
				return text.startsWith("\uFEFF") ? text.substring(1) : text;
			}
		} catch (NoSuchFileException e) {
			throw new ImportException(file, "no such file", e);
		} catch (AccessDeniedException e) {
			throw new ImportException(file, "permission denied", e);
		} catch (IOException e) {
			throw new ImportException(file, "cannot read: " + e.getMessage(), e);
		}
	}

	private JsonElement parse(String text) throws ImportException {
		try {
			JsonReader reader = new JsonReader(new StringReader(text));
			reader.setStrictness(Strictness.STRICT);
			reader.setNestingLimit(64);
			JsonElement json = JsonParser.parseReader(reader);
			if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
				throw new JsonParseException("text after the JSON value at line " + lineOf(reader.toString()));
			}
			return json;
		} catch (JsonParseException | IOException | IllegalStateException e) {
			String message = String.valueOf(e.getMessage());
			Matcher line = LINE.matcher(message);
			String where = line.find() ? file + ":" + line.group(1) : file;
			String reason = message.replaceAll("\\s*See https?://\\S+", "").replaceAll("^\\S+Exception: ", "");
			throw new ImportException(where, "not valid JSON: " + reason.strip());
		}
	}

	private static String lineOf(String readerDescription) {
		Matcher line = LINE.matcher(readerDescription);
		return line.find() ? line.group(1) : "?";
	}

	private Facts.Os os(JsonObject os) {
		return os == null ? null : new Facts.Os(string(os, "caption"), string(os, "version"), integer(os, "servicePack"),
				string(os, "installationType"));
	}

	private Facts.Hardware hardware(JsonObject hw) {
		return hw == null ? null : new Facts.Hardware(string(hw, "architecture"), integer(hw, "sockets"),
				integer(hw, "coresPerSocket"), integer(hw, "clockMHz"), decimal(hw, "memoryGB"), list(hw, "disks", this::disk),
				integer(hw, "networkAdapters"), bool(hw, "teamed"), decimal(hw, "linkGbps"));
	}

	private Facts.Disk disk(JsonObject disk) {
		return new Facts.Disk(string(disk, "type"), decimal(disk, "sizeGB"));
	}

	private Facts.Software software(JsonObject sw) {
		return sw == null ? null : new Facts.Software(strings(sw, "features"), integer(sw, "dotNetRelease"),
				string(sw, "powerShell"), bool(sw, "wif"), strings(sw, "hotfixes"));
	}

	private Facts.SqlInstance sqlInstance(JsonObject sql) {
		return new Facts.SqlInstance(string(sql, "name"), string(sql, "version"), string(sql, "edition"),
				string(sql, "productLevel"), string(sql, "updateLevel"), bool(sql, "alwaysOn"), bool(sql, "clustered"));
	}

	private Facts.Certificate certificate(JsonObject certificate) {
		return new Facts.Certificate(string(certificate, "subject"), strings(certificate, "san"),
				string(certificate, "issuer"), integer(certificate, "keySize"), string(certificate, "notAfter"),
				string(certificate, "thumbprint"));
	}

	private JsonObject object(JsonObject parent, String field) {
		JsonElement value = parent.get(field);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (!value.isJsonObject()) {
			wrongType(field, "an object");
			return null;
		}
		return value.getAsJsonObject();
	}

	private <T> List<T> list(JsonObject parent, String field, Function<JsonObject, T> item) {
		JsonArray array = array(parent, field);
		if (array == null) {
			return null;
		}
		List<T> items = new ArrayList<>();
		for (JsonElement element : array) {
			if (element.isJsonObject()) {
				items.add(item.apply(element.getAsJsonObject()));
			} else {
				wrongType(field + "[]", "an object");
			}
		}
		return items;
	}

	private List<String> strings(JsonObject parent, String field) {
		JsonArray array = array(parent, field);
		if (array == null) {
			return null;
		}
		List<String> items = new ArrayList<>();
		for (JsonElement element : array) {
			if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
				items.add(element.getAsString());
			} else {
				wrongType(field + "[]", "a string");
			}
		}
		return items;
	}

	private JsonArray array(JsonObject parent, String field) {
		JsonElement value = parent.get(field);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && !field.equals("disks")) {
			// ConvertTo-Json writes a one-element array as the element itself
			JsonArray single = new JsonArray();
			single.add(value);
			return single;
		}
		if (value.isJsonObject()) {
			JsonArray single = new JsonArray();
			single.add(value);
			return single;
		}
		if (!value.isJsonArray()) {
			wrongType(field, "a list");
			return null;
		}
		return value.getAsJsonArray();
	}

	private String string(JsonObject parent, String field) {
		JsonElement value = parent.get(field);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value.isJsonPrimitive() && (value.getAsJsonPrimitive().isString() || value.getAsJsonPrimitive().isNumber())) {
			return value.getAsString();
		}
		wrongType(field, "a string");
		return null;
	}

	private Integer integer(JsonObject parent, String field) {
		Double value = decimal(parent, field);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			wrongType(field, "a whole number");
			return null;
		}
		return (int) Math.rint(value);
	}

	private Double decimal(JsonObject parent, String field) {
		JsonElement value = parent.get(field);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value.isJsonPrimitive()) {
			JsonPrimitive primitive = value.getAsJsonPrimitive();
			String text = primitive.getAsString().strip();
			if ((primitive.isNumber() || primitive.isString()) && text.matches("-?\\d{1,12}(\\.\\d{1,12})?")) {
				return Double.valueOf(text);
			}
		}
		wrongType(field, "a number");
		return null;
	}

	private Boolean bool(JsonObject parent, String field) {
		JsonElement value = parent.get(field);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
			return value.getAsBoolean();
		}
		wrongType(field, "true or false");
		return null;
	}

	private void wrongType(String field, String expected) {
		warnings.add(file, "\"" + field + "\" is not " + expected + "; ignored");
	}
}
