package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.ui.tests.TopologyTexts.NO_MSMQ;
import static org.pcchat.dsl.ui.tests.TopologyTexts.VALID;
import static org.pcchat.dsl.ui.tests.Workbench.problems;
import static org.pcchat.dsl.ui.tests.Workbench.read;
import static org.pcchat.dsl.ui.tests.Workbench.waitForBackgroundWork;
import static org.pcchat.dsl.ui.tests.Workbench.waitUntil;
import static org.pcchat.dsl.ui.tests.Workbench.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pcchat.dsl.ui.builder.ProblemMarkers;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;

/**
 * Quick fixes of problem markers: the Problems view's Quick Fix (the marker help registry's
 * resolutions) and Ctrl+1 in the editor (its quick-assist processor), both the shared fixes.
 */
class MarkerQuickFixTest {

	private static final String ADD_MSMQ = "Add MSMQ to installed";

	private IProject project;
	private IWorkbenchPage page;
	private IFile file;

	@BeforeEach
	void createFileWithPc201(TestInfo test) throws CoreException {
		project = TestProject.validated("fixes-" + test.getTestMethod().orElseThrow().getName());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		file = project.getFile("noqueue.pctopo");
		write(file, NO_MSMQ);
		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());
		waitForBackgroundWork();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		waitForBackgroundWork();
		project.delete(true, true, null);
	}

	@Test
	void problemsViewQuickFixChangesTheSavedFile() throws CoreException {
		IMarker marker = problems(file, "PC201").get(0);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));

		resolution(marker, ADD_MSMQ).run(marker);

		assertEquals(VALID, read(file), "the file, saved: it was open in no editor");
		waitUntil("the PC201 marker gone after the build", () -> problems(file, "PC201").isEmpty());
	}

	@Test
	void markersOfRulesWithoutAFixOfferNone() throws CoreException {
		write(file, VALID.replace("fqdn \"pc1.minimal.local\"", "fqdn \"pc1.minimal.local\"\n                hardware { arch x86 }"));
		waitUntil("a PC503 marker", () -> !problems(file, "PC503").isEmpty());

		IMarker marker = problems(file, "PC503").get(0);

		assertEquals(0, IDE.getMarkerHelpRegistry().getResolutions(marker).length);
	}

	@Test
	void ctrl1InTheEditorAppliesTheFixToTheDocument() throws CoreException, BadLocationException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		waitUntil("the marker's annotation in the editor", () -> markerAnnotationOffset(viewer) >= 0);

		ICompletionProposal fix = quickAssist(viewer, markerAnnotationOffset(viewer), ADD_MSMQ);
		fix.apply(viewer.getDocument());

		assertEquals(VALID, viewer.getDocument().get());
		assertTrue(editor.isDirty(), "the fix is an unsaved edit in the editor");
		assertEquals(NO_MSMQ, read(file), "the file is saved by the user, not by the fix");
	}

	/** A problem shows once in the editor: as the live diagnostic, the builder's marker kept out of sight. */
	@Test
	void theEditorShowsTheLiveDiagnosticAndHidesTheMarker() throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		waitUntil("the PC201 marker hidden behind its live diagnostic",
				() -> liveRules(viewer).contains("PC201") && !markerAnnotations(viewer).isEmpty()
						&& markerAnnotations(viewer).stream().allMatch(Annotation::isMarkedDeleted));

		viewer.getDocument().set(NO_MSMQ.replace("fqdn \"pc1.minimal.local\"", "fqdn \"pc1.minimal.local\"\n hardware { arch x86 }"));
		editor.doSave(null);

		waitUntil("a PC503 marker from the build after the save", () -> !problems(file, "PC503").isEmpty());
		waitUntil("the new marker hidden as well", () -> markerAnnotations(viewer).size() == 2
				&& markerAnnotations(viewer).stream().allMatch(Annotation::isMarkedDeleted));
		waitUntil("PC201 and PC503 shown live", () -> liveRules(viewer).containsAll(List.of("PC201", "PC503")));
		ICompletionProposal fix = quickAssist(viewer, markerAnnotationOffset(viewer), ADD_MSMQ);
		assertEquals(ADD_MSMQ, fix.getDisplayString(), "Ctrl+1 still offers the hidden marker's fixes");
	}

	/** Ctrl+1 on a problem just typed, before the file is saved and built: the live diagnostic's fixes. */
	@Test
	void ctrl1FixesAProblemNotYetSaved() throws CoreException, BadLocationException {
		IFile typed = project.getFile("typed.pctopo");
		write(typed, VALID);
		waitForBackgroundWork();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, typed);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		viewer.getDocument().set(NO_MSMQ);
		waitUntil("the live PC201 diagnostic", () -> liveOffset(viewer, "PC201") >= 0);

		quickAssist(viewer, liveOffset(viewer, "PC201"), ADD_MSMQ).apply(viewer.getDocument());

		assertEquals(VALID, viewer.getDocument().get());
		assertTrue(problems(typed, "PC201").isEmpty(), "no marker was involved: " + problems(typed));
	}

	/** A problem with both a marker and a live diagnostic offers each fix once. */
	@Test
	void ctrl1OffersEachFixOnce() throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		waitUntil("the marker and the live diagnostic", () -> markerAnnotationOffset(viewer) >= 0
				&& liveOffset(viewer, "PC201") == markerAnnotationOffset(viewer));

		List<String> labels = proposals(viewer, markerAnnotationOffset(viewer)).stream()
				.map(ICompletionProposal::getDisplayString).toList();

		assertEquals(1, labels.stream().filter(ADD_MSMQ::equals).count(), "offered: " + labels);
	}

	@Test
	void theFixFollowsUnsavedEditsAboveTheProblem() throws CoreException, BadLocationException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		waitUntil("the marker's annotation in the editor", () -> markerAnnotationOffset(viewer) >= 0);
		String comment = "// moved down by an unsaved comment\n";
		viewer.getDocument().replace(0, 0, comment);
		IMarker marker = problems(file, "PC201").get(0);

		resolution(marker, ADD_MSMQ).run(marker);

		assertEquals(comment + VALID, viewer.getDocument().get());
	}

	private static IMarkerResolution resolution(IMarker marker, String label) {
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no resolution '" + label + "' among "
						+ Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
	}

	/** What Ctrl+1 proposes at {@code offset}: the editor's own quick-assist processor. */
	private static List<ICompletionProposal> proposals(ISourceViewer viewer, int offset) {
		ICompletionProposal[] proposals = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant()
				.getQuickAssistProcessor().computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0));
		return proposals == null ? List.of() : List.of(proposals);
	}

	private static ICompletionProposal quickAssist(ISourceViewer viewer, int offset, String label) {
		List<ICompletionProposal> all = proposals(viewer, offset);
		return all.stream().filter(p -> p.getDisplayString().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("Ctrl+1 offers no '" + label + "' among "
						+ all.stream().map(ICompletionProposal::getDisplayString).toList()));
	}

	/** The editor's annotations of pcchat's problem markers. */
	private static List<Annotation> markerAnnotations(ISourceViewer viewer) {
		List<Annotation> markers = new ArrayList<>();
		for (var it = viewer.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().exists()
					&& annotation.getMarker().getAttribute(ProblemMarkers.RULE_ID, null) != null) {
				markers.add(annotation);
			}
		}
		return markers;
	}

	/** Where the editor shows the rule's live diagnostic; -1 while it shows none. */
	private static int liveOffset(ISourceViewer viewer, String ruleId) {
		var model = viewer.getAnnotationModel();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DiagnosticAnnotation annotation && ruleId.equals(annotation.ruleId())) {
				return model.getPosition(annotation).getOffset();
			}
		}
		return -1;
	}

	/** The rules of the diagnostics the reconciler shows in the editor. */
	private static List<String> liveRules(ISourceViewer viewer) {
		List<String> rules = new ArrayList<>();
		for (var it = viewer.getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DiagnosticAnnotation annotation) {
				rules.add(annotation.ruleId());
			}
		}
		return rules;
	}

	/** Where the editor shows the PC201 marker; -1 while it shows none. */
	private static int markerAnnotationOffset(ISourceViewer viewer) {
		var model = viewer.getAnnotationModel();
		for (var it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation
					&& "PC201".equals(annotation.getMarker().getAttribute("ruleId", null))) {
				return model.getPosition(annotation).getOffset();
			}
		}
		return -1;
	}
}
