package org.pcchat.dsl.product;

import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.pctopo.Product;
import org.pcchat.dsl.pctopo.Topology;

/**
 * The cumulative update a topology's product is deployed at ({@code product ... cu N}), against
 * the updates a profile requires for some versions (rule PC311). No {@code cu} means none.
 */
public final class CumulativeUpdates {

	private CumulativeUpdates() {
	}

	/** The update the topology containing {@code element} declares; empty when it declares none. */
	public static OptionalInt declared(EObject element) {
		Topology topology = EcoreUtil2.getContainerOfType(element, Topology.class);
		Product product = topology == null ? null : topology.getProduct();
		if (product == null || product.getCumulativeUpdate() == null) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(product.getCumulativeUpdate());
	}

	/** Whether the declared update is lower than {@code support} needs, or absent while it needs one. */
	public static boolean lacking(EObject element, Support support) {
		return support.lacksCumulativeUpdate(declared(element).orElse(0));
	}
}
