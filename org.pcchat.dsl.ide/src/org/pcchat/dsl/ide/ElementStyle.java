package org.pcchat.dsl.ide;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SymbolKind;
import org.pcchat.dsl.pctopo.PctopoPackage;

/**
 * How editors show each kind of named element, as the same kind everywhere: its semantic token
 * type (the colour of its name and of references to it) and its outline symbol kind.
 */
public enum ElementStyle {
	/** A topology or a site: containers of everything else. */
	CONTAINER(SemanticTokenTypes.Namespace, SymbolKind.Namespace),
	/** A pool: Front End or Persistent Chat. */
	POOL(SemanticTokenTypes.Class, SymbolKind.Class),
	/** A computer: SQL server, file server, Standard Edition server, a pool's server. */
	MACHINE(SemanticTokenTypes.Struct, SymbolKind.Struct),
	/** An SQL instance on a machine. */
	INSTANCE(SemanticTokenTypes.Property, SymbolKind.Field),
	/** A file share. */
	SHARE(SemanticTokenTypes.Variable, SymbolKind.File),
	/** A certificate authority. */
	AUTHORITY(SemanticTokenTypes.Type, SymbolKind.Key);

	private static final PctopoPackage P = PctopoPackage.eINSTANCE;

	private final String tokenType;
	private final SymbolKind symbolKind;

	ElementStyle(String tokenType, SymbolKind symbolKind) {
		this.tokenType = tokenType;
		this.symbolKind = symbolKind;
	}

	public String tokenType() {
		return tokenType;
	}

	public SymbolKind symbolKind() {
		return symbolKind;
	}

	/** The style of a named element; null for anything else. */
	public static ElementStyle of(EObject element) {
		return element == null ? null : of(element.eClass());
	}

	/** The style of the named elements of a type; null for other types. */
	public static ElementStyle of(EClass type) {
		if (is(type, P.getTopology(), P.getSite())) return CONTAINER;
		if (is(type, P.getFrontEndPool(), P.getPersistentChatPool())) return POOL;
		if (is(type, P.getSqlServer(), P.getFileServer(), P.getStandardServer(), P.getServer())) return MACHINE;
		if (is(type, P.getInstance())) return INSTANCE;
		if (is(type, P.getFileShare())) return SHARE;
		if (is(type, P.getAuthority())) return AUTHORITY;
		return null;
	}

	private static boolean is(EClass type, EClass... candidates) {
		for (EClass candidate : candidates) {
			if (candidate.isSuperTypeOf(type)) {
				return true;
			}
		}
		return false;
	}
}
