package org.pcchat.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.pcchat.dsl.ide.ElementStyle;

import com.google.inject.Singleton;

/** Outline and workspace symbols get the kind of their element ({@link ElementStyle}), not Xtext's one-for-all. */
@Singleton
public class PctopoSymbolKinds extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		ElementStyle style = type == null ? null : ElementStyle.of(type);
		return style == null ? super.getSymbolKind(type) : style.symbolKind();
	}
}
