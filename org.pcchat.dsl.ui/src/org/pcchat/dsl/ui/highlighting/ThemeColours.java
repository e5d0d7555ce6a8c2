package org.pcchat.dsl.ui.highlighting;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.PlatformUI;

/**
 * The editor's colours, declared in plugin.xml ({@code org.eclipse.ui.themes}, with overrides for
 * the dark theme) so that the current theme and General > Appearance > Colors and Fonts decide them.
 */
final class ThemeColours {

	static final String KEYWORD = "org.pcchat.dsl.ui.keywordColor";
	static final String STRING = "org.pcchat.dsl.ui.stringColor";
	static final String NUMBER = "org.pcchat.dsl.ui.numberColor";
	static final String COMMENT = "org.pcchat.dsl.ui.commentColor";
	static final String DECLARATION = "org.pcchat.dsl.ui.declarationColor";
	static final String REFERENCE = "org.pcchat.dsl.ui.referenceColor";

	private ThemeColours() {
	}

	/** The colour of the current theme; owned by the registry, never disposed here. */
	static Color get(String id) {
		return registry().get(id);
	}

	private static ColorRegistry registry() {
		return PlatformUI.isWorkbenchRunning()
				? PlatformUI.getWorkbench().getThemeManager().getCurrentTheme().getColorRegistry()
				: JFaceResources.getColorRegistry();
	}
}
