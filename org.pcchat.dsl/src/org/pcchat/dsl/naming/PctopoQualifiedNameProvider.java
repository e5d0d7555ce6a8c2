package org.pcchat.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.pcchat.dsl.pctopo.Instance;

/**
 * Named elements live in one namespace per topology and are known by their simple name; an SQL
 * instance is known as MACHINE.INSTANCE (docs/LANGUAGE.md, "File and names").
 */
public class PctopoQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		String name = nameOf(element);
		if (name == null) {
			return null;
		}
		if (element instanceof Instance) {
			String host = nameOf(element.eContainer());
			return host == null ? null : QualifiedName.create(host, name);
		}
		return QualifiedName.create(name);
	}

	/** The declared name of any element, or null when it has none (yet). */
	public static String nameOf(EObject element) {
		return element == null ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(element);
	}
}
