package org.pcchat.dsl.ui.highlighting;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Re-colours the whole document after every change: a token can span lines (a block comment
 * opened or closed elsewhere), the lexer can only start at a token boundary, and topologies are small.
 */
final class WholeDocumentDamagerRepairer extends DefaultDamagerRepairer {

	WholeDocumentDamagerRepairer(ITokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}
}
