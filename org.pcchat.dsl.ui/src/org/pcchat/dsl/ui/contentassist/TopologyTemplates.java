package org.pcchat.dsl.ui.contentassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.eclipse.ui.editors.text.templates.ContributionContextTypeRegistry;
import org.eclipse.ui.editors.text.templates.ContributionTemplateStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * The templates contributed in plugin.xml ({@code org.eclipse.ui.editors.templates}). A template
 * is offered where Xtext proposes the keyword it starts with, so it only appears where that block
 * is allowed.
 */
final class TopologyTemplates {

	private static final String REGISTRY_ID = PctopoUi.BUNDLE_ID + ".templates";
	private static final String CUSTOM_TEMPLATES_KEY = PctopoUi.BUNDLE_ID + ".customTemplates";
	private static final int RELEVANCE = 10;

	private final TemplateContextType contextType;
	private final TemplateStore store;

	TopologyTemplates() {
		ContributionContextTypeRegistry registry = new ContributionContextTypeRegistry(REGISTRY_ID);
		contextType = registry.getContextType(TopologyTemplateContextType.ID);
		store = new ContributionTemplateStore(registry,
				new ScopedPreferenceStore(InstanceScope.INSTANCE, PctopoUi.BUNDLE_ID), CUSTOM_TEMPLATES_KEY);
		try {
			store.load();
		} catch (IOException e) {
			throw new UncheckedIOException("the pcchat templates cannot be read", e);
		}
	}

	/** Templates whose first keyword is among {@code keywords}, replacing {@code prefix} before the offset. */
	List<ICompletionProposal> proposals(IDocument document, int offset, String prefix, Set<String> keywords) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		Region replaced = new Region(offset - prefix.length(), prefix.length());
		for (Template template : store.getTemplates(TopologyTemplateContextType.ID)) {
			if (keywords.contains(firstWord(template.getPattern()))) {
				IndentingTemplateContext context = new IndentingTemplateContext(contextType, document,
						replaced.getOffset(), replaced.getLength());
				proposals.add(new TemplateProposal(template, context, replaced, null, RELEVANCE));
			}
		}
		return proposals;
	}

	private static String firstWord(String pattern) {
		String trimmed = pattern.strip();
		int end = 0;
		while (end < trimmed.length() && Character.isJavaIdentifierPart(trimmed.charAt(end))) {
			end++;
		}
		return trimmed.substring(0, end);
	}
}
