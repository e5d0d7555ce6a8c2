package org.pcchat.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.pcchat.dsl.model.ElementKinds;

import com.google.inject.Singleton;

/** The outline says what each name is, in the words of the messages: "Persistent Chat server". */
@Singleton
public class PctopoSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		return ElementKinds.kindOf(object);
	}
}
