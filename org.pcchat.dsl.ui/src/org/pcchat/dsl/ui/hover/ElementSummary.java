package org.pcchat.dsl.ui.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.validation.Addresses;
import org.pcchat.dsl.validation.ElementKinds;

/** What a reference points at, in the words of the runtime: kind and name, FQDN, site. */
final class ElementSummary {

	private ElementSummary() {
	}

	/** Call while the model may be read (inside a snapshot's read). */
	static String text(EObject target) {
		HoverText text = new HoverText(ElementKinds.label(target));
		String fqdn = fqdnOf(target);
		if (fqdn != null && !fqdn.isEmpty()) {
			text.line("FQDN: " + fqdn);
		}
		Site site = EcoreUtil2.getContainerOfType(target, Site.class);
		if (site != null && site.getName() != null) {
			text.line("Site: " + site.getName());
		}
		return text.toString();
	}

	// An SQL instance has no FQDN of its own: it is reached on its machine's.
	private static String fqdnOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (Addresses.fqdnFeature(current) != null) {
				return Addresses.fqdnOf(current);
			}
		}
		return null;
	}
}
