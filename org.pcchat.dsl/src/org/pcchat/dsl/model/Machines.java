package org.pcchat.dsl.model;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Facts of machines and pools that several kinds share: the physical data center of a machine
 * ({@code datacenter NAME} on SQL servers, file servers, Standard Edition servers and pools' servers)
 * and whether a machine or pool already exists ({@code existing}).
 */
public final class Machines {

	private Machines() {
	}

	/** The data center written on {@code machine}; null when none is written or it cannot have one. */
	public static String datacenter(EObject machine) {
		EStructuralFeature feature = machine == null ? null : machine.eClass().getEStructuralFeature("datacenter");
		return feature == null ? null : (String) machine.eGet(feature);
	}

	/** The feature that holds a machine's data center (to mark it); null for elements without one. */
	public static EStructuralFeature datacenterFeature(EObject machine) {
		return machine.eClass().getEStructuralFeature("datacenter");
	}

	/**
	 * Whether both machines are known to be in the same data center: both written, equal ignoring case (a
	 * data center is a name, and names are case-insensitive). False when either is not written.
	 */
	public static boolean inSameDatacenter(EObject one, EObject other) {
		String first = datacenter(one);
		String second = datacenter(other);
		return first != null && second != null && first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT));
	}

	/** Whether the machine or pool is written {@code existing}: deployed already, to verify, not to install. */
	public static boolean isExisting(EObject element) {
		EStructuralFeature feature = element == null ? null : element.eClass().getEStructuralFeature("existing");
		return feature != null && Boolean.TRUE.equals(element.eGet(feature));
	}
}
