package org.pcchat.dsl.generator;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__ARCH;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__CLOCK;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__CORES;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__DISKS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__MEMORY;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__NETWORK;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__NICS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__SOCKETS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.Architecture;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.product.RecommendedHardware;
import org.pcchat.dsl.rules.Rules;

/**
 * The hardware item of a machine
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-hardware-platforms):
 * what the topology declares, to provide, and
 * what it leaves out, to verify against the recommendation.
 */
final class HardwareItems {

	/** The recommendation of docs/rules.md#pc501, attribute by attribute, for what a topology leaves out. */
	private static final Map<EAttribute, String> RECOMMENDED = new LinkedHashMap<>();
	static {
		RECOMMENDED.put(HARDWARE__ARCH, "x64 processors");
		RECOMMENDED.put(HARDWARE__SOCKETS, "2 processors");
		RECOMMENDED.put(HARDWARE__CORES, "6 cores each");
		RECOMMENDED.put(HARDWARE__CLOCK, "2.26 GHz or faster");
		RECOMMENDED.put(HARDWARE__MEMORY, "32 GB memory");
		RECOMMENDED.put(HARDWARE__DISKS, "8 or more 10,000 rpm disks or SSDs");
		RECOMMENDED.put(HARDWARE__NICS, "one network adapter (teaming allowed)");
		RECOMMENDED.put(HARDWARE__NETWORK, "1 Gbps");
	}

	private static final String FULL_RECOMMENDATION = "2 x64 processors of 6 cores at 2.26 GHz or faster, 32 GB memory,"
			+ " 8 or more 10,000 rpm disks or SSDs and one network adapter (teaming allowed) at 1 Gbps";

	private HardwareItems() {
	}

	/** Adds the hardware item of {@code machine}, citing {@code rules}. */
	static void add(Drafts drafts, EObject machine, Hardware hardware, OsVersion os, String... rules) {
		ItemDraft item = drafts.add(machine, "hardware").on(Deployment.fqdn(machine)).why(rules)
				.check(Commands.hardwareInventory(os));
		String host = Deployment.fqdn(machine);
		List<String> unknown = unknown(hardware);
		if (hardware == null) {
			item.verify("The topology does not describe the hardware of " + host + ": check it has " + FULL_RECOMMENDATION);
		} else if (belowRecommendation(hardware, List.of(rules))) {
			// the fix, never the shortfall as the thing to provide
			item.todo("Provide " + host + " with at least " + FULL_RECOMMENDATION + "; the topology gives " + declared(hardware)
					+ (unknown.isEmpty() ? "" : ", and does not say: " + String.join(", ", unknown)))
					.ifDeployed("Check the hardware of " + host + " against the recommendation, " + FULL_RECOMMENDATION
							+ "; the topology gives " + declared(hardware));
		} else if (!unknown.isEmpty()) {
			item.verify("Provide " + host + " with " + declared(hardware) + "; the topology does not say, so check: "
					+ String.join(", ", unknown));
		} else {
			item.todo("Provide " + host + " with " + declared(hardware))
					.ifDeployed("Check that " + host + " has " + declared(hardware));
		}
	}

	/** Whether a declared attribute falls short of what one of the cited rules requires. */
	private static boolean belowRecommendation(Hardware hardware, List<String> rules) {
		boolean sized = rules.contains(Rules.HARDWARE_BELOW_RECOMMENDED) || rules.contains(Rules.DATABASE_SERVER_HARDWARE);
		boolean multiHomed = rules.contains(Rules.MULTI_HOMED) && hardware.getNics() != null && hardware.getNics() > 1
				&& !hardware.isTeamed();
		boolean notX64 = rules.contains(Rules.ARCHITECTURE_NOT_X64)
				&& Values.architecture(hardware).filter(arch -> arch != Architecture.X64).isPresent();
		return (sized && !RecommendedHardware.shortfalls(hardware).isEmpty()) || multiHomed || notX64;
	}

	private static List<String> unknown(Hardware hardware) {
		List<String> unknown = new ArrayList<>();
		RECOMMENDED.forEach((attribute, recommendation) -> {
			if (hardware != null && !Values.isWritten(hardware, attribute)) {
				unknown.add(recommendation);
			}
		});
		return unknown;
	}

	/** The declared attributes in plain words: "2 x64 processors of 6 cores at 2.26 GHz, 32 GB memory, ...". */
	private static String declared(Hardware hardware) {
		List<String> parts = new ArrayList<>();
		boolean oneSocket = is(hardware, HARDWARE__SOCKETS) && hardware.getSockets() == 1;
		String processors = (is(hardware, HARDWARE__SOCKETS) ? hardware.getSockets() + " " : "")
				+ (is(hardware, HARDWARE__ARCH) ? Values.architecture(hardware).map(Architecture::getLiteral)
						.orElse(hardware.getArch()) + " " : "") + (oneSocket ? "processor" : "processors")
				+ (is(hardware, HARDWARE__CORES) ? " of " + hardware.getCores() + " core" + (hardware.getCores() == 1 ? "" : "s") : "")
				+ (is(hardware, HARDWARE__CLOCK) ? " at " + hardware.getClock().toPlainString() + " GHz" : "");
		if (!processors.equals("processors")) {
			parts.add(processors);
		}
		if (is(hardware, HARDWARE__MEMORY)) parts.add(hardware.getMemory() + " GB memory");
		if (is(hardware, HARDWARE__DISKS)) parts.add(hardware.getDisks() + (hardware.isSsd() ? " SSD" : " disk")
				+ (hardware.getDisks() == 1 ? "" : "s"));
		if (is(hardware, HARDWARE__NICS)) parts.add(hardware.getNics() + (hardware.isTeamed() ? " teamed" : "")
				+ " network adapter" + (hardware.getNics() == 1 ? "" : "s"));
		if (is(hardware, HARDWARE__NETWORK)) parts.add(hardware.getNetwork() + " Gbps network");
		return parts.isEmpty() ? "the recommended hardware" : String.join(", ", parts);
	}

	private static boolean is(Hardware hardware, EAttribute attribute) {
		return Values.isWritten(hardware, attribute);
	}
}
