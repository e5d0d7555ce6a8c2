package org.pcchat.dsl.validation;

import static org.pcchat.dsl.model.ElementKinds.label;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.Architecture;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.RecommendedHardware;
import org.pcchat.dsl.product.RecommendedHardware.Shortfall;
import org.pcchat.dsl.rules.Rules;

/** Server hardware against the recommended platform: Lync servers and Persistent Chat database servers. */
public class HardwareValidator extends PctopoConcernValidator {

	// Hardware platforms page: Front End, Standard Edition and Persistent Chat servers.
	@Check
	public void checkRecommendedHardware(Hardware hardware) {
		EObject server = hardware.eContainer();
		if (Roles.isLyncServer(server)) {
			for (Shortfall shortfall : RecommendedHardware.shortfalls(hardware)) {
				report(Rules.HARDWARE_BELOW_RECOMMENDED, label(server) + " has " + shortfall.found() + "; the"
						+ " recommended platform has " + shortfall.recommended(), hardware, shortfall.feature());
			}
		}
	}

	// Technical requirements page: Persistent Chat database servers need back-end database hardware.
	@Check(CheckType.EXPENSIVE)
	public void checkDatabaseServerHardware(Topology topology) {
		for (SqlServer server : Roles.databaseServers(topology)) {
			Hardware hardware = server.getHardware();
			if (hardware != null) {
				RecommendedHardware.shortfalls(hardware).stream().findFirst().ifPresent(shortfall -> report(
						Rules.DATABASE_SERVER_HARDWARE, label(server) + " hosts Persistent Chat databases and has "
								+ shortfall.found() + "; Persistent Chat database servers need the hardware of the"
								+ " Lync back-end database server, which has " + shortfall.recommended(),
						hardware, shortfall.feature()));
			}
		}
	}

	// Hardware platforms page: multi-homed Lync servers are not supported.
	@Check
	public void checkSingleNetworkAdapter(Hardware hardware) {
		if (Roles.isLyncServer(hardware.eContainer())) {
			reportIfMultiHomed(hardware);
		}
	}

	// The same page, for Persistent Chat database servers.
	@Check(CheckType.EXPENSIVE)
	public void checkSingleNetworkAdapterOnDatabaseServers(Topology topology) {
		for (SqlServer server : Roles.databaseServers(topology)) {
			if (server.getHardware() != null) {
				reportIfMultiHomed(server.getHardware());
			}
		}
	}

	// Hardware platforms page: 64-bit x64 only; 32-bit and Itanium are not supported.
	@Check
	public void checkArchitectureIsX64(Hardware hardware) {
		Values.architecture(hardware).filter(arch -> arch != Architecture.X64).ifPresent(arch -> report(
				Rules.ARCHITECTURE_NOT_X64, label(hardware.eContainer()) + " has an " + arch.getLiteral()
						+ " processor architecture; servers must be 64-bit x64", hardware, Literals.HARDWARE__ARCH));
	}

	// Teamed adapters share one MAC and one IP address: the page recommends two of them.
	private void reportIfMultiHomed(Hardware hardware) {
		Integer nics = hardware.getNics();
		if (nics != null && nics > 1 && !hardware.isTeamed()) {
			report(Rules.MULTI_HOMED, label(hardware.eContainer()) + " has " + nics + " network adapters that are not"
					+ " teamed; multi-homed servers are not supported, so team them (nics " + nics + " teamed) or use"
					+ " one adapter", hardware, Literals.HARDWARE__NICS);
		}
	}
}
