package org.pcchat.dsl.ui.contentassist;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.TemplateContextType;

/** The context of the topology templates (plugin.xml): {@code ${cursor}} places the caret. */
public class TopologyTemplateContextType extends TemplateContextType {

	public static final String ID = "org.pcchat.dsl.ui.templates.topology";

	public TopologyTemplateContextType() {
		addResolver(new GlobalTemplateVariables.Cursor());
	}
}
