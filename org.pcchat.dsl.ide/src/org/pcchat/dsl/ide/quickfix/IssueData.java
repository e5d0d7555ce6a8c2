package org.pcchat.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data a check passed for its quick fix, as strings. In the language server the data
 * comes back from the client inside the code-action request, so LSP4J hands it over as a JSON
 * array; in process it is still the check's {@code String[]}.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] strings) {
			return List.of(strings);
		}
		if (data instanceof JsonArray array) {
			List<String> strings = new ArrayList<>();
			for (JsonElement element : array) {
				if (element.isJsonPrimitive()) {
					strings.add(element.getAsString());
				}
			}
			return List.copyOf(strings);
		}
		if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			return List.of(element.getAsString());
		}
		return List.of();
	}
}
