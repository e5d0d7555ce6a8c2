package org.pcchat.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hovers on names and references: the element's {@link ElementSummary}, then its documentation
 * comment if it has one. The language server adds the documentation of diagnosed rules on top.
 */
public class PctopoHoverService extends HoverService {

	@Override
	public String getContents(EObject element) {
		HoverContent summary = element == null ? null : ElementSummary.of(element);
		String comment = super.getContents(element);
		if (summary == null) {
			return comment;
		}
		return comment.isBlank() ? summary.markdown() : summary.markdown() + "\n\n" + comment;
	}
}
