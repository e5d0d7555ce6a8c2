package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes facts into the imported topology (docs/import.md, "Facts"): each facts file goes to the machines
 * with its FQDN (case-insensitive; a SQL server also answers to its cluster's machines and AlwaysOn
 * primary node). A fact the language cannot say is a comment in the machine and a warning; a fact that
 * contradicts the topology document is a warning naming both, and wins only with --facts-win.
 */
final class FactsMapper {

	private final Draft.Topology topology;
	private final boolean factsWin;
	private final Warnings warnings;
	private final Map<String, Draft.Authority> authorities = new LinkedHashMap<>();

	private FactsMapper(Draft.Topology topology, boolean factsWin, Warnings warnings) {
		this.topology = topology;
		this.factsWin = factsWin;
		this.warnings = warnings;
	}

	static void apply(Draft.Topology topology, List<Facts> facts, boolean factsWin, Warnings warnings) {
		new FactsMapper(topology, factsWin, warnings).apply(facts);
	}

	private void apply(List<Facts> all) {
		Map<String, Facts> byName = newest(all);
		Set<String> used = new LinkedHashSet<>();
		for (Draft.Machine machine : machines()) {
			List<Facts> candidates = new ArrayList<>();
			for (String name : machine.factNames) {
				if (byName.containsKey(name)) {
					candidates.add(byName.get(name));
				}
			}
			if (candidates.isEmpty()) {
				continue;
			}
			Facts chosen = choose(machine, candidates);
			for (Facts other : candidates) {
				used.add(other.fqdn().toLowerCase(Locale.ROOT));
				if (other != chosen) {
					warnings.add(other.path(), "facts of " + other.fqdn() + " not used for " + machine.kind + " "
							+ machine.fqdn + ": those of " + chosen.fqdn() + " (" + chosen.path() + ") describe it");
				}
			}
			apply(machine, chosen);
		}
		byName.forEach((name, facts) -> {
			if (!used.contains(name)) {
				warnings.add(facts.path(), "no machine of the topology has the FQDN " + facts.fqdn() + "; these facts are "
						+ "not used");
			}
		});
		topology.authorities.addAll(authorities.values());
	}

	/** One facts file per FQDN: of two, the one collected last (then the later file) counts, with a warning. */
	private Map<String, Facts> newest(List<Facts> all) {
		Map<String, Facts> byName = new LinkedHashMap<>();
		for (Facts facts : all) {
			String name = facts.fqdn().toLowerCase(Locale.ROOT);
			Facts earlier = byName.get(name);
			if (earlier == null) {
				byName.put(name, facts);
				continue;
			}
			boolean newer = String.valueOf(facts.collected()).compareTo(String.valueOf(earlier.collected())) >= 0;
			Facts kept = newer ? facts : earlier;
			Facts dropped = newer ? earlier : facts;
			warnings.add(dropped.path(), "a second facts file for " + facts.fqdn() + "; " + kept.path() + " (collected "
					+ kept.collected() + ") is used instead of this one (collected " + dropped.collected() + ")");
			byName.put(name, kept);
		}
		return byName;
	}

	private static Facts choose(Draft.Machine machine, List<Facts> candidates) {
		Comparator<Facts> preference = Comparator
				.comparing((Facts f) -> !f.fqdn().equalsIgnoreCase(String.valueOf(machine.preferredFactName)))
				.thenComparing(f -> !f.fqdn().equalsIgnoreCase(String.valueOf(machine.fqdn)))
				.thenComparing(f -> f.fqdn().toLowerCase(Locale.ROOT));
		return candidates.stream().min(preference).orElseThrow();
	}

	private List<Draft.Machine> machines() {
		List<Draft.Machine> machines = new ArrayList<>();
		for (Draft.Site site : topology.sites) {
			for (Draft.Element element : site.elements) {
				if (element instanceof Draft.Machine machine) {
					machines.add(machine);
				} else if (element instanceof Draft.Pool pool) {
					machines.addAll(pool.servers);
				}
			}
		}
		return machines;
	}

	private void apply(Draft.Machine machine, Facts facts) {
		machine.comments.add("Facts: " + facts.file() + (facts.collected() != null ? ", collected " + facts.collected() : "")
				+ ".");
		if (facts.os() != null) {
			os(machine, facts);
		}
		if (facts.hardware() != null) {
			hardware(machine, facts);
		}
		boolean lyncServer = machine instanceof Draft.Server || machine instanceof Draft.Standard;
		if (facts.software() != null && lyncServer) {
			List<String> installed = FactValues.installed(facts.software());
			if (installed.isEmpty()) {
				machine.notes.add("Facts: none of MSMQ, .NET Framework 4.5, PowerShell 3.0, WIF is installed.");
			}
			machine.attributes.installed = installed;
		}
		if (facts.timeZone() != null && machine instanceof Draft.Server) {
			machine.attributes.timezone = facts.timeZone();
		}
		if (facts.certificates() != null && lyncServer) {
			certificate(machine, facts);
		}
		if (facts.sqlInstances() != null) {
			new SqlFacts(machine, facts, factsWin, warnings).apply();
		}
	}

	private void os(Draft.Machine machine, Facts facts) {
		Facts.Os os = facts.os();
		String version = OsVersions.version(os);
		if (version == null) {
			notWritten(machine, facts, "the operating system '" + os.caption() + "' (" + os.version() + ") is not a Windows "
					+ "Server version pcchat knows");
			return;
		}
		String edition = OsVersions.edition(os.caption());
		if (edition == null && os.caption() != null) {
			notWritten(machine, facts, "the edition of '" + os.caption() + "' is not one the language knows; the OS is "
					+ "written without it");
		}
		Integer servicePack = os.servicePack() != null && os.servicePack() > 0 ? os.servicePack() : null;
		machine.attributes.os = new Draft.Os(version, edition, servicePack, OsVersions.core(os.installationType()));
	}

	private void hardware(Draft.Machine machine, Facts facts) {
		Draft.Hardware hardware = FactValues.hardware(facts.hardware());
		if (hardware.arch() == null && facts.hardware().architecture() != null) {
			notWritten(machine, facts, "the architecture '" + facts.hardware().architecture() + "' is not x64, x86 or ia64");
		}
		if (facts.hardware().teamed() == null && hardware.nics() != null && hardware.nics() > 1) {
			// Windows Server 2008 R2 teams with vendor drivers that no class describes: two adapters may be one team
			notWritten(machine, facts, "the number of network adapters (" + hardware.nics() + "): whether they are teamed is "
					+ "unknown (Windows Server 2008 R2 teams with vendor drivers), and unteamed they would be multi-homed");
			hardware = new Draft.Hardware(hardware.arch(), hardware.sockets(), hardware.cores(), hardware.clockGHz(),
					hardware.memoryGB(), hardware.disks(), hardware.ssd(), null, false, hardware.networkGbps());
		}
		machine.attributes.hardware = hardware;
	}

	private void certificate(Draft.Machine machine, Facts facts) {
		Facts.Certificate certificate = FactValues.certificateFor(machine.fqdn, facts.certificates());
		if (certificate == null) {
			if (!facts.certificates().isEmpty()) {
				notWritten(machine, facts, "none of its " + facts.certificates().size() + " certificates names "
						+ machine.fqdn);
			}
			return;
		}
		List<String> sans = certificate.san() == null ? List.of() : certificate.san();
		machine.attributes.certificate = new Draft.Certificate(FactValues.commonName(certificate.subject()), sans,
				authority(certificate.issuer()), certificate.keySize());
	}

	/** The authority with this distinguished name; added to the topology on first use. */
	private Draft.Authority authority(String issuer) {
		if (issuer == null || issuer.isBlank()) {
			return null;
		}
		return authorities.computeIfAbsent(FactValues.normalizedDn(issuer), dn -> {
			Draft.Authority authority = new Draft.Authority(FactValues.commonName(issuer), issuer.strip());
			authority.comments.add("Issuer of certificates in the facts files.");
			return authority;
		});
	}

	private void notWritten(Draft.Machine machine, Facts facts, String what) {
		warnings.add(facts.path(), what + "; not written for " + machine.kind + " " + machine.fqdn);
		machine.notes.addAll(Comments.wrap("Facts not written: " + what + "."));
	}
}
