package org.pcchat.dsl.ui.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.model.TopologyDocuments;
import org.pcchat.dsl.ui.model.TopologySnapshot;

/**
 * Content assist (Ctrl+Space) for {@code .pctopo} files, contributed to the Generic Editor in
 * plugin.xml: Xtext's proposals, then the templates that fit. The Generic Editor's assistant calls
 * it off the UI thread, so it touches the document only.
 */
public class PctopoContentAssistProcessor implements IContentAssistProcessor {

	private final XtextProposals xtext = PctopoUi.injector().getInstance(XtextProposals.class);
	private TopologyTemplates templates;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		TopologySnapshot snapshot = TopologyDocuments.current(document);
		List<ContentAssistEntry> entries = snapshot.read(resource -> xtext.entries(resource, snapshot.text(), offset));
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			proposals.add(XtextProposals.toProposal(entry, offset));
		}
		Set<String> keywords = entries.stream().filter(entry -> ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind()))
				.map(ContentAssistEntry::getProposal).collect(Collectors.toSet());
		if (!keywords.isEmpty()) {
			proposals.addAll(templates().proposals(document, offset, prefixOf(entries), keywords));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private synchronized TopologyTemplates templates() {
		if (templates == null) {
			templates = new TopologyTemplates();
		}
		return templates;
	}

	// A template replaces what a keyword proposal at the same place replaces.
	private static String prefixOf(List<ContentAssistEntry> entries) {
		return entries.stream().filter(entry -> ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind()))
				.map(ContentAssistEntry::getPrefix).filter(prefix -> prefix != null).findFirst().orElse("");
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
