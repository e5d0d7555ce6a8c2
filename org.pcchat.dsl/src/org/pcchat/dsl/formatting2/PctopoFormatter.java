package org.pcchat.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.Unknown;

/**
 * The canonical layout of the examples in docs/LANGUAGE.md: blocks indented by one level, one element or
 * attribute per line (at most one blank line kept between them), a hardware block on one line,
 * single spaces between the words of an attribute; a compliance database stays on one line with its
 * mirror and backup, which on a line of their own would be the chat store's. Values are written in
 * their canonical spelling ({@link CanonicalSpelling}).
 */
public class PctopoFormatter extends AbstractJavaFormatter {

	/** Keywords that start an attribute line inside a block (elements start lines by themselves). */
	private static final String[] ATTRIBUTE_KEYWORDS = { "fqdn", "timezone", "port", "nexthop", "store",
			"compliance", "backup", "mirror", "witness", "filestore", "users", "backend", "datacenter" };

	/** The rule of the compliance line, whose mirror and backup keywords continue the line. */
	private static final String COMPLIANCE_LINE = "ComplianceDatabase";

	private static final String INDENTATION = "    ";

	private static final Procedure1<IHiddenRegionFormatter> LINE = it -> it.setNewLines(1, 1, 2);
	private static final Procedure1<IHiddenRegionFormatter> ONE_SPACE = IHiddenRegionFormatter::oneSpace;

	/** Indents with four spaces, as the examples do, unless the request asks for something else. */
	@Override
	public void initialize(FormatterRequest request) {
		ITypedPreferenceValues requested = request.getPreferences();
		IPreferenceValues withIndentation = key -> {
			String value = requested.getPreference(key);
			boolean defaultIndentation = FormatterPreferenceKeys.indentation.getId().equals(key.getId())
					&& FormatterPreferenceKeys.indentation.getDefaultValue().equals(value);
			return defaultIndentation ? INDENTATION : value;
		};
		request.setPreferences(TypedPreferenceValues.castOrWrap(withIndentation));
		super.initialize(request);
	}

	@Override
	protected void _format(EObject element, IFormattableDocument document) {
		if (element instanceof Hardware hardware) {
			formatHardware(hardware, document);
			return;
		}
		if (element instanceof Unknown) {
			return; // text the language does not know stays as it was written
		}
		formatWords(element, document);
		formatBlock(element, document);
		CanonicalSpelling.apply(element, textRegionExtensions, document);
		for (EObject child : element.eContents()) {
			document.format(child);
		}
	}

	/** Single spaces between the words of an element's own text, none before commas. */
	private void formatWords(EObject element, IFormattableDocument document) {
		boolean first = true;
		for (ISemanticRegion region : textRegionExtensions.regionForEObject(element).getSemanticRegions()) {
			String text = region.getText();
			if (first) {
				first = false;
			} else if (",".equals(text)) {
				document.prepend(region, IHiddenRegionFormatter::noSpace);
			} else if (!"{".equals(text) && !"}".equals(text)) {
				document.prepend(region, ONE_SPACE);
			}
		}
	}

	private void formatBlock(EObject element, IFormattableDocument document) {
		ISemanticRegion open = textRegionExtensions.regionFor(element).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		document.prepend(open, ONE_SPACE);
		if (open.getNextSemanticRegion() == close) {
			document.append(open, ONE_SPACE); // an empty block stays on one line: { }
			return;
		}
		document.interior(open, close, IHiddenRegionFormatter::indent);
		document.prepend(close, LINE);
		for (ISemanticRegion keyword : textRegionExtensions.regionFor(element).keywords(ATTRIBUTE_KEYWORDS)) {
			if (startsLine(keyword)) {
				document.prepend(keyword, LINE);
			}
		}
		for (EObject child : element.eContents()) {
			document.prepend(child, LINE);
		}
	}

	/** Whether the keyword starts a line: not a mirror or backup of the compliance line. */
	private static boolean startsLine(ISemanticRegion keyword) {
		AbstractRule rule = GrammarUtil.containingRule(keyword.getGrammarElement());
		return rule == null || !COMPLIANCE_LINE.equals(rule.getName()) || "compliance".equals(keyword.getText());
	}

	private void formatHardware(Hardware hardware, IFormattableDocument document) {
		ISemanticRegion open = textRegionExtensions.regionFor(hardware).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(hardware).keyword("}");
		if (open == null || close == null) {
			return;
		}
		for (ISemanticRegion region = open; region != null && region != close; region = region.getNextSemanticRegion()) {
			document.append(region, ONE_SPACE);
		}
		document.prepend(open, ONE_SPACE);
		CanonicalSpelling.apply(hardware, textRegionExtensions, document);
	}
}
