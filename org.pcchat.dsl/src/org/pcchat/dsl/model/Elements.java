package org.pcchat.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The elements of some types below a root, in the order of a walk over all its contents
 * (eAllContents), but without descending into elements that by the metamodel cannot contain one:
 * most of a large topology is servers' hardware, operating systems and certificates, which a walk
 * for names or FQDNs need not visit.
 */
public final class Elements {

	private final Set<EClass> types;
	/** Per class met: whether an instance can contain, at any depth, an element of the types. */
	private final Map<EClass, Boolean> descend = new HashMap<>();

	private Elements(Set<EClass> types) {
		this.types = types;
	}

	/** Every element below {@code root} that is an instance of one of the types, in eAllContents order. */
	public static List<EObject> ofTypes(EObject root, Set<EClass> types) {
		return new Elements(types).below(root);
	}

	private List<EObject> below(EObject root) {
		List<EObject> result = new ArrayList<>();
		TreeIterator<EObject> contents = root.eAllContents();
		while (contents.hasNext()) {
			EObject element = contents.next();
			if (isWanted(element.eClass())) {
				result.add(element);
			}
			if (!descend.computeIfAbsent(element.eClass(), type -> mayContain(type, new HashSet<>()))) {
				contents.prune();
			}
		}
		return result;
	}

	private boolean isWanted(EClass type) {
		for (EClass wanted : types) {
			if (wanted.isSuperTypeOf(type)) {
				return true;
			}
		}
		return false;
	}

	private boolean mayContain(EClass container, Set<EClass> visited) {
		if (!visited.add(container)) {
			return false;
		}
		for (EReference containment : container.getEAllContainments()) {
			for (EClass possible : instantiable(containment.getEReferenceType())) {
				if (isWanted(possible) || mayContain(possible, visited)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The classes an element held by a reference of this type can have: the type and its subtypes. */
	private static List<EClass> instantiable(EClass type) {
		List<EClass> result = new ArrayList<>();
		for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass candidate && type.isSuperTypeOf(candidate)) {
				result.add(candidate);
			}
		}
		return result;
	}
}
