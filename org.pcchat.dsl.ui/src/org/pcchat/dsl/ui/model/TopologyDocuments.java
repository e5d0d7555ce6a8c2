package org.pcchat.dsl.ui.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * The topology of each open document: parsed once per text and shared by the reconciler, hovers,
 * hyperlinks, content assist and the outline. The reconciler announces each validated snapshot to
 * the document's listeners.
 */
public final class TopologyDocuments {

	private static final Map<IDocument, TopologySnapshot> LATEST = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<IDocument, TopologySnapshot> RECONCILED = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<IDocument, List<Consumer<TopologySnapshot>>> LISTENERS = Collections
			.synchronizedMap(new WeakHashMap<>());

	private TopologyDocuments() {
	}

	/** The snapshot of the document's current text, parsed now unless it was already. */
	public static TopologySnapshot current(IDocument document) {
		String text = document.get();
		TopologySnapshot latest = LATEST.get(document);
		if (latest != null && latest.text().equals(text)) {
			return latest;
		}
		TopologySnapshot parsed = PctopoUi.injector().getInstance(TopologyParser.class).parse(text, uriOf(document));
		LATEST.put(document, parsed);
		return parsed;
	}

	/** Called on the reconciler's thread with each snapshot whose diagnostics have been published. */
	public static void addListener(IDocument document, Consumer<TopologySnapshot> listener) {
		LISTENERS.computeIfAbsent(document, key -> new CopyOnWriteArrayList<>()).add(listener);
	}

	public static void removeListener(IDocument document, Consumer<TopologySnapshot> listener) {
		List<Consumer<TopologySnapshot>> listeners = LISTENERS.get(document);
		if (listeners != null) {
			listeners.remove(listener);
		}
	}

	/** The snapshot the reconciler validated last, or null before its first pass. */
	public static TopologySnapshot lastReconciled(IDocument document) {
		return RECONCILED.get(document);
	}

	/** The reconciler has validated this snapshot of the document. */
	public static void reconciled(IDocument document, TopologySnapshot snapshot) {
		RECONCILED.put(document, snapshot);
		List<Consumer<TopologySnapshot>> listeners = LISTENERS.get(document);
		if (listeners != null) {
			listeners.forEach(listener -> listener.accept(snapshot));
		}
	}

	// The file's platform URI names the resource in messages; an unsaved text gets a stand-in.
	private static URI uriOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getLocation() != null) {
			return URI.createPlatformResourceURI(buffer.getLocation().toString(), true);
		}
		return URI.createURI("inmemory:/topology.pctopo");
	}
}
