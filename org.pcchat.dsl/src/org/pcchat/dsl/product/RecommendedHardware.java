package org.pcchat.dsl.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;

/**
 * The recommended server platform of the hardware platforms page
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-hardware-platforms),
 * defined once for
 * Lync servers (PC501) and Persistent Chat database servers (PC308). Absent attributes (null) are
 * unknown and never fall short.
 */
public final class RecommendedHardware {

	static final int CORES = 12; // dual processor, hex-core
	static final BigDecimal CLOCK_GHZ = new BigDecimal("2.26");
	static final int MEMORY_GB = 32;
	static final int DISKS = 8; // 10,000 rpm; SSDs of equivalent performance count whatever their number
	static final int NETWORK_GBPS = 1;

	/** One attribute below the recommendation: the feature to mark, what it has, what is recommended. */
	public record Shortfall(EStructuralFeature feature, String found, String recommended) {
	}

	private RecommendedHardware() {
	}

	/** Every attribute of {@code hardware} below the recommendation, in document order. */
	public static List<Shortfall> shortfalls(Hardware hardware) {
		List<Shortfall> result = new ArrayList<>();
		cores(hardware, result);
		if (hardware.getClock() != null && hardware.getClock().compareTo(CLOCK_GHZ) < 0) {
			result.add(new Shortfall(Literals.HARDWARE__CLOCK, hardware.getClock().toPlainString() + " GHz processors",
					CLOCK_GHZ + " GHz or faster"));
		}
		if (hardware.getMemory() != null && hardware.getMemory() < MEMORY_GB) {
			result.add(new Shortfall(Literals.HARDWARE__MEMORY, hardware.getMemory() + " GB memory", MEMORY_GB + " GB"));
		}
		if (hardware.getDisks() != null && hardware.getDisks() < DISKS && !hardware.isSsd()) {
			result.add(new Shortfall(Literals.HARDWARE__DISKS, hardware.getDisks() + (hardware.getDisks() == 1 ? " disk" : " disks"),
					DISKS + " or more 10,000 rpm disks, or SSDs of equivalent performance"));
		}
		if (hardware.getNetwork() != null && hardware.getNetwork() < NETWORK_GBPS) {
			result.add(new Shortfall(Literals.HARDWARE__NETWORK, "a " + hardware.getNetwork() + " Gbps network",
					"a " + NETWORK_GBPS + " Gbps network adapter"));
		}
		result.sort(Comparator.comparingInt(shortfall -> offset(hardware, shortfall.feature())));
		return result;
	}

	/**
	 * Sockets x cores, judged only when the product is known: both written, or one written as 0. It
	 * marks {@code cores} when that is written, else {@code sockets}.
	 */
	private static void cores(Hardware hardware, List<Shortfall> result) {
		Integer sockets = hardware.getSockets();
		Integer cores = hardware.getCores();
		boolean productKnown = sockets != null && cores != null || sockets != null && sockets == 0
				|| cores != null && cores == 0;
		long total = productKnown ? (long) (sockets == null ? 0 : sockets) * (cores == null ? 0 : cores) : CORES;
		if (total < CORES) {
			result.add(new Shortfall(cores != null ? Literals.HARDWARE__CORES : Literals.HARDWARE__SOCKETS,
					total + " processor cores (sockets x cores)", "two hex-core processors, " + CORES + " cores"));
		}
	}

	/** Where the attribute is written; in-memory models keep the order above. */
	private static int offset(Hardware hardware, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(hardware, feature);
		return nodes.isEmpty() ? 0 : nodes.get(0).getOffset();
	}
}
