package org.pcchat.dsl.ui.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Asks Xtext's IDE content assist what may follow at an offset (keywords, enum literals, names of
 * referable elements) and turns its entries into the platform's completion proposals.
 */
final class XtextProposals {

	// The context factory parses alternative continuations in parallel; daemon threads never block shutdown.
	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "pcchat content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	/** Xtext's entries for the caret at {@code offset} in {@code text}, parsed as {@code resource}. */
	List<ContentAssistEntry> entries(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory contextFactory = contextFactories.get();
		contextFactory.setPool(POOL);
		ContentAssistContext[] contexts = contextFactory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	/** The entry as a proposal that replaces the typed prefix. */
	static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String replacement = entry.getProposal();
		String label = entry.getLabel() != null ? entry.getLabel() : replacement;
		String display = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
		return new CompletionProposal(replacement, offset - prefix.length(), prefix.length(), replacement.length(),
				null, display, null, entry.getDocumentation());
	}
}
