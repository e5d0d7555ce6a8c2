package org.pcchat.dsl.ide.server;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.InitializeParams;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.inject.Singleton;

/**
 * What the editor asks of the server in {@code initializationOptions}, for the whole session:
 * <ul>
 * <li>{@code "generateChecklists": true}: write each topology's deployment checklists into
 * {@code src-gen/} of its workspace folder on every build, as Xtext's builders do. Off by default:
 * a server that only reads must not write into the user's folders unasked.</li>
 * </ul>
 * Unknown options are ignored; a known one with a value of the wrong type is logged and ignored.
 */
@Singleton
public class ClientOptions {

	public static final String GENERATE_CHECKLISTS = "generateChecklists";

	private static final Logger LOG = Logger.getLogger(ClientOptions.class);

	private volatile boolean generateChecklists;

	/** Reads the options of {@code initialize}; LSP4J gives them as the JSON the client sent. */
	void read(InitializeParams params) {
		Object options = params.getInitializationOptions();
		if (options instanceof JsonObject object && object.has(GENERATE_CHECKLISTS)) {
			JsonElement value = object.get(GENERATE_CHECKLISTS);
			if (value instanceof JsonPrimitive primitive && primitive.isBoolean()) {
				generateChecklists = primitive.getAsBoolean();
			} else {
				LOG.warn("Ignored the initialization option " + GENERATE_CHECKLISTS + ": " + value
						+ " is not true or false; checklists are not generated");
			}
		}
	}

	/** Whether builds write the checklists of the workspace folders' topologies. */
	public boolean generateChecklists() {
		return generateChecklists;
	}
}
