package org.pcchat.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.pctopo.Server;

import com.google.inject.Singleton;

/**
 * The outline says what each name is, in the words of the messages ("Persistent Chat server"), and
 * where a stretched deployment needs to see it: whether it exists already, a standby server, its
 * data center ("Persistent Chat server · standby · data center DUB2").
 */
@Singleton
public class PctopoSymbolDetails extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		return of(object);
	}

	/** The details of an element, for the language server's outline and Eclipse's. */
	public static String of(EObject element) {
		List<String> details = new ArrayList<>(List.of(ElementKinds.kindOf(element)));
		if (Machines.isExisting(element)) {
			details.add("existing");
		}
		if (element instanceof Server server && Roles.isStandby(server)) {
			details.add("standby");
		}
		String datacenter = Machines.datacenter(element);
		if (datacenter != null) {
			details.add("data center " + datacenter);
		}
		return String.join(" · ", details);
	}
}
