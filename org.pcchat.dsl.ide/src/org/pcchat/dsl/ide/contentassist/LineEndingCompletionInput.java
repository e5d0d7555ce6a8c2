package org.pcchat.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.CompletionPrefixProvider;

/**
 * The text content assist parses to learn what may follow the caret keeps the line breaks before
 * it. Xtext parses up to the start of the whitespace the caret is in, as whitespace cannot change
 * what follows; a line break can, at the end of a compliance line: without it, all that may follow
 * is the rest of that line, and the pool's statements would not be proposed on the next line.
 */
public class LineEndingCompletionInput extends CompletionPrefixProvider {

	@Override
	public String getInputToParse(String completeInput, int offset, int completionOffset) {
		if (offset < completionOffset && completionOffset <= completeInput.length()) {
			String skipped = completeInput.substring(offset, completionOffset);
			if (skipped.isBlank() && (skipped.indexOf('\n') >= 0 || skipped.indexOf('\r') >= 0)) {
				return completeInput.substring(0, completionOffset);
			}
		}
		return super.getInputToParse(completeInput, offset, completionOffset);
	}
}
