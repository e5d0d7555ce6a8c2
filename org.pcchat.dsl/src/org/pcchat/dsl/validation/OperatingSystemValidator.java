package org.pcchat.dsl.validation;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__CORE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__VERSION;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.OsEdition;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.Prerequisite;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.product.CumulativeUpdates;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.ProductProfiles;
import org.pcchat.dsl.rules.Rules;

import com.google.inject.Inject;

/**
 * Operating systems and software prerequisites of Lync servers: Front End servers, Standard Edition
 * servers and Persistent Chat servers
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support).
 * SQL servers follow SQL Server's own
 * operating-system support, which this catalogue does not check.
 */
public class OperatingSystemValidator extends PctopoConcernValidator {

	private static final Set<OsEdition> UNSUPPORTED_EDITIONS = Set.of(OsEdition.WEB, OsEdition.HPC);

	/** What every Lync server needs; MSMQ, needed by Persistent Chat servers only, is rule PC201's. */
	private static final List<Prerequisite> EVERY_SERVER = List.of(Prerequisite.DOT_NET45, Prerequisite.POWER_SHELL3,
			Prerequisite.WIF);

	@Inject
	private ProductProfiles profiles;

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support;
	// per product: the profile table.
	@Check
	public void checkOperatingSystemSupported(OperatingSystem os) {
		Optional<OsVersion> version = Values.osVersion(os);
		Optional<ProductProfile> known = profiles.knownProfileOf(os);
		if (!onLyncServer(os) || version.isEmpty() || known.isEmpty()) {
			return; // unknown: PC006
		}
		ProductProfile profile = known.get();
		EObject machine = os.eContainer();
		// data: the operating-system literals the product supports, oldest first (the quick fix offers them)
		String[] choices = profile.osLiterals().toArray(String[]::new);
		int servicePack = Values.servicePack(os.getServicePack());
		profile.os(version.get()).ifPresentOrElse(support -> {
			if (support.lacksServicePack(servicePack)) {
				report(Rules.OS_UNSUPPORTED, VersionMessages.servicePackShortfall(machine, version.get(), servicePack,
						profile, support), os, OPERATING_SYSTEM__VERSION, choices);
			}
		}, () -> report(Rules.OS_UNSUPPORTED, VersionMessages.unsupported(machine, version.get(), profile,
				profile.describeOsChoices()), os, OPERATING_SYSTEM__VERSION, choices));
	}

	// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements:
	// Skype for Business Server 2015 on Windows Server 2016 needs CU5, on 2019 CU9.
	@Check
	public void checkOperatingSystemCumulativeUpdate(OperatingSystem os) {
		if (!onLyncServer(os)) {
			return;
		}
		Values.osVersion(os).ifPresent(version -> profiles.knownProfileOf(os).ifPresent(profile -> profile.os(version)
				.filter(support -> CumulativeUpdates.lacking(os, support))
				// data: the cumulative update the product needs, as the number to write after cu
				.ifPresent(support -> report(Rules.CUMULATIVE_UPDATE_REQUIRED,
						VersionMessages.cumulativeUpdateShortfall(os.eContainer(), version, profile, support),
						os, OPERATING_SYSTEM__VERSION, String.valueOf(support.cumulativeUpdate())))));
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support:
	// Server Core is not supported.
	@Check
	public void checkNotServerCore(OperatingSystem os) {
		if (onLyncServer(os) && os.isCore()) {
			report(Rules.OS_EDITION_UNSUPPORTED, ElementKinds.label(os.eContainer()) + " runs a Server Core"
					+ " installation, which Lync servers do not support: install Windows Server with the full GUI",
					os, OPERATING_SYSTEM__CORE);
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support:
	// Web and HPC editions are not supported.
	@Check
	public void checkOperatingSystemEdition(OperatingSystem os) {
		if (onLyncServer(os)) {
			Values.osEdition(os).filter(UNSUPPORTED_EDITIONS::contains).ifPresent(edition -> report(
					Rules.OS_EDITION_UNSUPPORTED, ElementKinds.label(os.eContainer()) + " runs the " + edition.getLiteral()
							+ " edition of Windows Server, which Lync servers do not support: use Standard, Enterprise"
							+ " or Datacenter", os, OPERATING_SYSTEM__EDITION));
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-additional-software-requirements:
	// .NET 4.5, PowerShell 3.0 and WIF on every server.
	@Check
	public void checkPrerequisitesInstalled(Installed installed) {
		Set<Prerequisite> listed = Values.prerequisitesPossiblyNamed(installed);
		List<String> missing = EVERY_SERVER.stream().filter(item -> !listed.contains(item)).map(Prerequisite::getLiteral)
				.toList();
		if (!missing.isEmpty()) {
			// marks the whole list, which starts at the installed keyword; data: the missing item literals
			report(Rules.PREREQUISITES_MISSING, ElementKinds.label(installed.eContainer()) + " does not list "
					+ String.join(", ", missing) + " as installed; every Lync server needs .NET Framework 4.5 (DotNet45),"
					+ " Windows PowerShell 3.0 (PowerShell3) and Windows Identity Foundation (WIF): install and add them",
					installed, null, missing.toArray(String[]::new));
		}
	}

	// sfb-server-requirements: Windows updates before installing or upgrading, per Windows Server version (the
	// profile's data). Judged only where the installed list is written (without one, nothing is known). The rule
	// table lists Windows Server 2008 R2 too, which Skype for Business Server 2015 supports only for in-place
	// upgrades (PC401 reports it): such a server is reported by both, as the table says.
	@Check
	public void checkHotfixInstalled(Installed installed) {
		EObject server = installed.eContainer();
		OperatingSystem os = server instanceof Server chat ? chat.getOs()
				: server instanceof StandardServer standard ? standard.getOs() : null;
		if (os == null || !Roles.isLyncServer(server)) {
			return;
		}
		Values.osVersion(os).ifPresent(version -> profiles.knownProfileOf(installed)
				.flatMap(profile -> profile.hotfix(version).map(kb -> Map.entry(profile, kb)))
				.filter(needed -> !Values.hotfixes(installed).contains(needed.getValue()))
				// marks the whole list, which starts at the installed keyword; data: the update's KB ID
				.ifPresent(needed -> report(Rules.HOTFIX_MISSING, ElementKinds.label(server) + " runs "
						+ VersionMessages.describe(version) + " but does not list " + needed.getValue() + " as installed; "
						+ needed.getKey().displayName() + " needs that update on " + VersionMessages.describe(version)
						+ " before it is installed or upgraded: install it and add " + needed.getValue() + " to installed",
						installed, null, needed.getValue())));
	}

	/** Front End, Standard Edition and Persistent Chat servers; not SQL servers. */
	private static boolean onLyncServer(OperatingSystem os) {
		return os.eContainer() instanceof Server || os.eContainer() instanceof StandardServer;
	}
}
