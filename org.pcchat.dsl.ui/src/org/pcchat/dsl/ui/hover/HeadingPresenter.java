package org.pcchat.dsl.ui.hover;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.widgets.Display;

/** Shows hover text as it is, its first line in bold. */
final class HeadingPresenter
		implements DefaultInformationControl.IInformationPresenter, DefaultInformationControl.IInformationPresenterExtension {

	@Override
	public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		if (hoverInfo == null) {
			return null;
		}
		int headingEnd = hoverInfo.indexOf('\n');
		presentation.addStyleRange(new StyleRange(0, headingEnd < 0 ? hoverInfo.length() : headingEnd, null, null,
				SWT.BOLD));
		return hoverInfo;
	}

	@Override
	@Deprecated
	public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
	}
}
