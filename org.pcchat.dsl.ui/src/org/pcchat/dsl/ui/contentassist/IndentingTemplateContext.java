package org.pcchat.dsl.ui.contentassist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateBuffer;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateException;
import org.eclipse.jface.text.templates.TemplateVariable;

/**
 * Inserts a multi-line template with each following line at the indentation of the line the
 * template starts on, in the document's line delimiter.
 */
final class IndentingTemplateContext extends DocumentTemplateContext {

	IndentingTemplateContext(TemplateContextType type, IDocument document, int offset, int length) {
		super(type, document, offset, length);
	}

	@Override
	public TemplateBuffer evaluate(Template template) throws BadLocationException, TemplateException {
		TemplateBuffer buffer = super.evaluate(template);
		if (buffer == null) {
			return null;
		}
		String newLine = TextUtilities.getDefaultLineDelimiter(getDocument()) + indentationAt(getStart());
		String text = buffer.getString();
		StringBuilder indented = new StringBuilder();
		int[] shift = new int[text.length() + 1]; // how far each original offset moves
		for (int i = 0; i < text.length(); i++) {
			shift[i] = indented.length() - i;
			indented.append(text.charAt(i) == '\n' ? newLine : String.valueOf(text.charAt(i)));
		}
		shift[text.length()] = indented.length() - text.length();
		for (TemplateVariable variable : buffer.getVariables()) {
			int[] offsets = variable.getOffsets().clone();
			for (int k = 0; k < offsets.length; k++) {
				offsets[k] += shift[offsets[k]];
			}
			variable.setOffsets(offsets);
		}
		buffer.setContent(indented.toString(), buffer.getVariables());
		return buffer;
	}

	private String indentationAt(int offset) throws BadLocationException {
		IRegion line = getDocument().getLineInformationOfOffset(offset);
		String before = getDocument().get(line.getOffset(), offset - line.getOffset());
		int end = 0;
		while (end < before.length() && Character.isWhitespace(before.charAt(end))) {
			end++;
		}
		return before.substring(0, end);
	}
}
