package org.pcchat.dsl.ui.model;

import java.util.function.Function;

import org.eclipse.xtext.resource.XtextResource;

/**
 * One text of a document and the topology parsed and linked from it. EMF models are not
 * thread-safe and the reconciler, hovers, hyperlinks and content assist run on different threads,
 * so every access goes through {@link #read}.
 */
public final class TopologySnapshot {

	private final String text;
	private final XtextResource resource;

	TopologySnapshot(String text, XtextResource resource) {
		this.text = text;
		this.resource = resource;
	}

	/** The text this snapshot was parsed from; offsets in the model refer to it. */
	public String text() {
		return text;
	}

	/** Runs the reader on the parsed resource, one reader at a time. */
	public synchronized <T> T read(Function<XtextResource, T> reader) {
		return reader.apply(resource);
	}
}
