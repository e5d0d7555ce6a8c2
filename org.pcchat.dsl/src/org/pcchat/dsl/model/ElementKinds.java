package org.pcchat.dsl.model;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.Authority;
import org.pcchat.dsl.pctopo.FileServer;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Host;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;

/** Plain-language names of the topology's element kinds, as messages and checklists use them. */
public final class ElementKinds {

	private static final PctopoPackage PACKAGE = PctopoPackage.eINSTANCE;

	private ElementKinds() {
	}

	/** What a reference of the given type expects, e.g. "Front End" or "SQL instance". */
	public static String describe(EClass type) {
		if (type == PACKAGE.getAuthority()) return "certificate authority";
		if (type == PACKAGE.getSqlServer()) return "SQL server";
		if (type == PACKAGE.getFileServer()) return "file server";
		if (type == PACKAGE.getFileShare()) return "file share";
		if (type == PACKAGE.getFrontEnd()) return "Front End";
		if (type == PACKAGE.getStandardServer()) return "Standard Edition server";
		if (type == PACKAGE.getFrontEndPool()) return "Front End pool";
		if (type == PACKAGE.getPersistentChatPool()) return "Persistent Chat pool";
		if (type == PACKAGE.getServer()) return "server";
		if (type == PACKAGE.getInstance()) return "SQL instance";
		if (type == PACKAGE.getHost()) return "Front End or machine";
		if (type == PACKAGE.getSite()) return "site";
		if (type == PACKAGE.getTopology()) return "topology";
		if (type == PACKAGE.getHardware()) return "hardware block";
		return type.getName();
	}

	/**
	 * What a reference of the given type needs, with the article: "a Front End pool or a Standard
	 * Edition server" for a Front End, "an SQL instance" for an instance.
	 */
	public static String needed(EClass type) {
		if (type == PACKAGE.getFrontEnd()) return "a Front End pool or a Standard Edition server";
		if (type == PACKAGE.getHost()) return "a Front End or a machine";
		return article(describe(type));
	}

	/** "a server", "an SQL server", "an authority". */
	public static String article(String phrase) {
		String first = phrase.split(" ", 2)[0];
		boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
		boolean vowel = acronym ? "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0
				: "aeiou".indexOf(Character.toLowerCase(first.charAt(0))) >= 0;
		return (vowel ? "an " : "a ") + phrase;
	}

	/** An element's name as references write it: {@code SQLPC.MGC} for an instance. */
	public static String qualifiedName(EObject element) {
		String name = PctopoQualifiedNameProvider.nameOf(element);
		return element instanceof Instance && element.eContainer() != null
				? PctopoQualifiedNameProvider.nameOf(element.eContainer()) + "." + name : name;
	}

	/** The kind of a concrete element; a pool's server is named after its pool's role. */
	public static String kindOf(EObject element) {
		return kindOf(element, element.eContainer());
	}

	/** The kind of an element that is (or, while it is being parsed, will be) in {@code container}. */
	public static String kindOf(EObject element, EObject container) {
		if (element instanceof Server) {
			if (container instanceof PersistentChatPool) return "Persistent Chat server";
			if (container instanceof FrontEndPool) return "Front End server";
			return "server";
		}
		if (element instanceof Topology) return "topology";
		if (element instanceof Site) return "site";
		if (element instanceof Authority) return "certificate authority";
		if (element instanceof SqlServer) return "SQL server";
		if (element instanceof FileServer) return "file server";
		if (element instanceof FileShare) return "file share";
		if (element instanceof StandardServer) return "Standard Edition server";
		if (element instanceof FrontEndPool) return "Front End pool";
		if (element instanceof PersistentChatPool) return "Persistent Chat pool";
		if (element instanceof Instance) return "SQL instance";
		if (element instanceof FrontEnd || element instanceof Host) return "machine";
		return describe(element.eClass());
	}

	/** An element as messages name it: {@code Persistent Chat server 'pc01'}. */
	public static String label(EObject element) {
		return label(element, element.eContainer());
	}

	/** An element that is (or, while it is being parsed, will be) in {@code container}, as messages name it. */
	public static String label(EObject element, EObject container) {
		String name = PctopoQualifiedNameProvider.nameOf(element);
		if (name == null && container != null) {
			return kindOf(element, container) + " of " + label(container);
		}
		if (element instanceof Instance && element.eContainer() != null) {
			name = PctopoQualifiedNameProvider.nameOf(element.eContainer()) + "." + name;
		}
		return kindOf(element, container) + " '" + (name == null ? "?" : name) + "'";
	}
}
