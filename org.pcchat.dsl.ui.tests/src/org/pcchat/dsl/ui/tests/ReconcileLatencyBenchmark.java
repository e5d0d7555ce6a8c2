package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;
import org.pcchat.dsl.ui.reconciling.PctopoReconciler;

/**
 * Reconcile latency: from an edit to the diagnostics published in the editor, median of 20 edits
 * (each removes or restores MSMQ on one server, so PC201 comes or goes). A measurement, run on
 * demand ({@code -Dtest=ReconcileLatencyBenchmark}; its name keeps it out of the normal test run);
 * it asserts only that every edit was answered, never a time. Results go to standard output and
 * {@code target/reconcile-latency.txt}.
 */
class ReconcileLatencyBenchmark extends WorkbenchTest {

	private static final int EDITS = 20;
	private static final int WARM_UP_EDITS = 4;
	private static final Path RESULTS = Path.of("target", "reconcile-latency.txt");

	@Test
	void contoso() throws Exception {
		measure("contoso.pctopo", Examples.contoso(), "server pc01");
	}

	@Test
	void generatedFiveThousandLines() throws Exception {
		String text = GeneratedTopology.withAtLeast(5000);
		// A server in the middle of the file.
		int middleCopy = GeneratedTopology.copiesIn(text) / 2;
		measure("generated.pctopo", text, "server " + GeneratedTopology.name("pc01", middleCopy));
	}

	private void measure(String name, String text, String server) throws Exception {
		OpenedEditor editor = open(name, text);
		editor.waitUntilReconciled();
		IDocument document = editor.document();
		int msmq = document.get().indexOf("installed MSMQ, ", Examples.offsetOf(text, server)) + "installed ".length();
		IAnnotationModel model = editor.editor().getDocumentProvider().getAnnotationModel(editor.editor().getEditorInput());
		AtomicLong published = new AtomicLong();
		IAnnotationModelListener listener = new DiagnosticsPublished(published);
		model.addAnnotationModelListener(listener);
		List<Long> latencies = new ArrayList<>();
		List<Long> typing = new ArrayList<>();
		try {
			for (int edit = 0; edit < WARM_UP_EDITS + EDITS; edit++) {
				boolean removing = edit % 2 == 0;
				published.set(0);
				long start = System.nanoTime();
				edit(document, msmq, removing);
				long changed = System.nanoTime();
				editor.waitUntil(() -> published.get() != 0 && hasPc201(model) == removing);
				assertEquals(removing, hasPc201(model), "edit " + edit + " was answered");
				if (edit >= WARM_UP_EDITS) {
					latencies.add((published.get() - start) / 1_000_000);
					typing.add((changed - start) / 1_000_000);
				}
			}
		} finally {
			model.removeAnnotationModelListener(listener);
		}
		report(name, document.getNumberOfLines(), latencies, median(typing));
	}

	private static void edit(IDocument document, int offset, boolean removing) throws BadLocationException {
		if (removing) {
			document.replace(offset, "MSMQ, ".length(), "");
		} else {
			document.replace(offset, 0, "MSMQ, ");
		}
	}

	private static boolean hasPc201(IAnnotationModel model) {
		Iterator<Annotation> annotations = model.getAnnotationIterator();
		while (annotations.hasNext()) {
			if (annotations.next() instanceof DiagnosticAnnotation diagnostic && "PC201".equals(diagnostic.ruleId())) {
				return true;
			}
		}
		return false;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
	}

	private static void report(String name, int lines, List<Long> latencies, long typing) throws IOException {
		assertEquals(EDITS, latencies.size());
		long median = median(latencies);
		String line = String.format("%s: %d lines, reconcile latency (edit to annotations published) median %d ms,"
				+ " min %d ms, max %d ms over %d edits (reconciler delay %d ms included); the edit itself on the UI"
				+ " thread (re-colouring included) median %d ms; all latencies: %s%n", name, lines, median,
				latencies.stream().min(Long::compare).orElseThrow(), latencies.stream().max(Long::compare).orElseThrow(),
				EDITS, PctopoReconciler.DELAY, typing, latencies);
		System.out.print(line);
		Files.createDirectories(RESULTS.toAbsolutePath().getParent());
		Files.writeString(RESULTS, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		assertTrue(median > 0, line);
	}

	/** Notes when the reconciler replaces diagnostic annotations (on the reconciler's thread). */
	private record DiagnosticsPublished(AtomicLong published)
			implements IAnnotationModelListener, IAnnotationModelListenerExtension {

		@Override
		public void modelChanged(AnnotationModelEvent event) {
			if (touchesDiagnostics(event.getAddedAnnotations()) || touchesDiagnostics(event.getRemovedAnnotations())) {
				published.compareAndSet(0, System.nanoTime());
			}
		}

		@Override
		public void modelChanged(IAnnotationModel model) {
			// the extension's event above says what changed
		}

		private static boolean touchesDiagnostics(Annotation[] annotations) {
			for (Annotation annotation : annotations) {
				if (annotation instanceof DiagnosticAnnotation) {
					return true;
				}
			}
			return false;
		}
	}
}
