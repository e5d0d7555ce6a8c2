package org.pcchat.dsl.validation;

import java.util.OptionalInt;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.product.CumulativeUpdates;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.Support;

/**
 * Messages of the version rules, shared by SQL Server (PC301, PC311) and Windows Server (PC401,
 * PC311) versions; version literals read in plain words: {@code SQL2008R2} is "SQL Server 2008 R2".
 */
final class VersionMessages {

	private VersionMessages() {
	}

	static String describe(Enumerator version) {
		return version.getLiteral().replaceFirst("^SQL", "SQL Server ").replaceFirst("^WindowsServer", "Windows Server ")
				.replaceFirst("R2$", " R2");
	}

	/** {@code machine} runs a version the product does not list; {@code choices} are the ones it does. */
	static String unsupported(EObject machine, Enumerator version, ProductProfile profile, String choices) {
		return running(machine, version) + ", which " + profile.displayName() + " does not support; use one of "
				+ choices;
	}

	/** {@code machine} runs a listed version below the service pack the product needs. */
	static String servicePackShortfall(EObject machine, Enumerator version, int installed, ProductProfile profile,
			Support support) {
		String level = installed == 0 ? "without a service pack" : "with service pack " + installed;
		return running(machine, version) + " " + level + "; " + profile.displayName() + " supports it from service"
				+ " pack " + support.servicePack() + ": install it and write sp " + support.servicePack();
	}

	/** {@code machine} runs a version the product supports only from a cumulative update it lacks. */
	static String cumulativeUpdateShortfall(EObject machine, Enumerator version, ProductProfile profile,
			Support support) {
		OptionalInt declared = CumulativeUpdates.declared(machine);
		return running(machine, version) + ", which " + profile.displayName() + " supports only from cumulative"
				+ " update " + support.cumulativeUpdate() + ", but the topology's product "
				+ (declared.isPresent() ? "is at cu " + declared.getAsInt() : "declares no cu") + "; install cumulative"
				+ " update " + support.cumulativeUpdate() + " or later and declare it with cu "
				+ support.cumulativeUpdate() + " on the product line";
	}

	private static String running(EObject machine, Enumerator version) {
		return ElementKinds.label(machine) + " runs " + describe(version);
	}
}
