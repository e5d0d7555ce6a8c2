package org.pcchat.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.pcchat.dsl.ide.quickfix.OneDocumentAccess;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.workspace.WorkspaceTopologies;

import com.google.inject.Inject;

/**
 * The shared quick fixes of {@code org.pcchat.dsl.ide} for a problem in an Eclipse document: the
 * document's current text is parsed as the file's content, the problem handed to the
 * {@link IQuickFixProvider} as the language server would, and a chosen fix's text edits applied
 * to the document as one undoable change.
 */
public class TopologyQuickFixes {

	/** A fix: its label, and its edits of the document's text as it was when the fix was computed. */
	public record Fix(String label, List<TextEdit> edits) {
	}

	@Inject
	private IQuickFixProvider provider;

	@Inject
	private WorkspaceTopologies topologies;

	public static TopologyQuickFixes get() {
		return PctopoUi.injector().getInstance(TopologyQuickFixes.class);
	}

	/** Whether a fix exists for the problem's rule at all (nothing is parsed to tell). */
	public boolean handles(Problem problem) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(problem.ruleId());
		diagnostic.setMessage(problem.message());
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		return problem.ruleId() != null && provider.handlesDiagnostic(diagnostic);
	}

	/** The fixes offered for {@code problem} in {@code document}, the text of {@code file}; the most likely first. */
	public List<Fix> fixes(IFile file, IDocument document, Problem problem) throws CoreException {
		if (!handles(problem) || problem.offset() + problem.length() > document.getLength()) {
			return List.of();
		}
		XtextResource resource = topologies.load(file, document.get());
		Document text = new Document(1, document.get());
		try {
			Diagnostic diagnostic = problem.toDiagnostic(document);
			List<Fix> fixes = new ArrayList<>();
			for (DiagnosticResolution resolution : provider.getResolutions(options(resource, text), diagnostic)) {
				List<TextEdit> edits = editsOf(resolution.apply(), resource);
				if (!edits.isEmpty()) {
					fixes.add(new Fix(resolution.getLabel(), edits));
				}
			}
			return fixes;
		} catch (BadLocationException e) {
			return List.of(); // the problem lies outside the document: it changed since
		}
	}

	/** Applies the fix's edits to the document, which must still have the text the fix was computed on. */
	public static void apply(Fix fix, IDocument document) throws BadLocationException {
		MultiTextEdit change = new MultiTextEdit();
		for (TextEdit edit : fix.edits()) {
			int start = DocumentPositions.offsetOf(document, edit.getRange().getStart());
			int end = DocumentPositions.offsetOf(document, edit.getRange().getEnd());
			change.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
		}
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			change.apply(document);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("the fix '" + fix.label() + "' has overlapping edits");
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	private static ICodeActionService2.Options options(XtextResource resource, Document text) {
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(resource.getURI().toString());
		options.setResource(resource);
		options.setDocument(text);
		options.setLanguageServerAccess(new OneDocumentAccess(resource, text));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		return options;
	}

	private static List<TextEdit> editsOf(WorkspaceEdit edit, XtextResource resource) {
		if (edit == null || edit.getChanges() == null) {
			return List.of();
		}
		List<TextEdit> edits = edit.getChanges().get(resource.getURI().toString());
		return edits == null ? List.of() : edits;
	}
}
