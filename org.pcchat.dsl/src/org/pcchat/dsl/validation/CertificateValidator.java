package org.pcchat.dsl.validation;

import static org.pcchat.dsl.model.ElementKinds.label;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.Elements;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Authority;
import org.pcchat.dsl.pctopo.Certificate;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;

/** Certificates of Persistent Chat servers: present, from the Front Ends' CA, well named, strong keys. */
public class CertificateValidator extends PctopoConcernValidator {

	static final int MINIMUM_KEY_SIZE = 1024;
	static final int RECOMMENDED_KEY_SIZE = 2048;

	// Technical requirements page: certificates are acquired as for the rest of the deployment.
	@Check
	public void checkCertificatePresent(Server server) {
		if (Roles.isChatServer(server) && server.getCertificate() == null) {
			reportNoCertificate(server);
		}
	}

	// The same page, for a Standard Edition server that runs a collocated Persistent Chat pool.
	@Check(CheckType.EXPENSIVE)
	public void checkCertificateOnCollocatingServers(Topology topology) {
		for (StandardServer server : Roles.collocatingServers(topology)) {
			if (server.getCertificate() == null) {
				reportNoCertificate(server);
			}
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-technical-requirements-for-persistent-chat-server:
	// the same CA as the other internal Lync servers.
	@Check(CheckType.EXPENSIVE)
	public void checkIssuedByFrontEndAuthority(Topology topology) {
		List<Certificate> certificates = Elements.ofTypes(topology, Set.of(Literals.CERTIFICATE)).stream()
				.map(Certificate.class::cast).toList();
		Set<Authority> frontEndIssuers = frontEndIssuers(certificates);
		if (frontEndIssuers.isEmpty()) {
			return;
		}
		// data: the names of the Front End certificates' issuers, which a quick fix proposes
		String[] names = frontEndIssuers.stream().map(Authority::getName).toArray(String[]::new);
		String labels = String.join(" or ", frontEndIssuers.stream().map(ElementKinds::label).toList());
		for (Certificate certificate : chatServerCertificates(certificates)) {
			Authority issuer = certificate.getIssuer();
			if (issuer != null && !issuer.eIsProxy() && !frontEndIssuers.contains(issuer)) {
				report(Rules.CERTIFICATE_ISSUER, "The certificate of " + label(certificate.eContainer()) + " is issued"
						+ " by " + label(issuer) + ", not by the CA of the Front End server certificates; Persistent"
						+ " Chat certificates come from the same CA as the other internal Lync servers, so request it"
						+ " from " + labels, certificate, Literals.CERTIFICATE__ISSUER, names);
			}
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers:
	// wildcard subjects and subject alternative names are never supported.
	@Check
	public void checkNoWildcard(Certificate certificate) {
		String wildcard = wildcardName(certificate);
		if (wildcard != null) {
			report(Rules.CERTIFICATE_WILDCARD, "The certificate of " + label(certificate.eContainer()) + " names '"
					+ wildcard + "', a wildcard; wildcard certificates are not supported, so request one for the"
					+ " server's FQDN", certificate, Literals.CERTIFICATE__SUBJECT);
		}
	}

	// Convention, not documented (docs/rules.md#pc604): subject = server FQDN, SAN includes the pool FQDN.
	@Check
	public void checkNamesMatchServer(Server server) {
		Certificate certificate = server.getCertificate();
		if (!Roles.isChatServer(server) || certificate == null || certificate.getSubject() == null
				|| wildcardName(certificate) != null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		String fqdn = server.getFqdn();
		if (known(fqdn) && !certificate.getSubject().equalsIgnoreCase(fqdn)) {
			problems.add("its subject '" + certificate.getSubject() + "' is not the server's FQDN '" + fqdn + "'");
		}
		String poolFqdn = ((PersistentChatPool) server.eContainer()).getFqdn();
		if (known(fqdn) && known(poolFqdn) && !poolFqdn.equalsIgnoreCase(fqdn)
				&& certificate.getSubjectAlternativeNames().stream().noneMatch(poolFqdn::equalsIgnoreCase)
				&& hasAlternativeNames(certificate)) {
			problems.add("its subject alternative names lack the pool FQDN '" + poolFqdn + "'");
		}
		if (!problems.isEmpty()) {
			report(Rules.CERTIFICATE_NAMES, "The certificate of " + label(server) + " does not follow the naming"
					+ " convention: " + String.join(" and ", problems) + "; request one for the server's FQDN with the"
					+ " pool FQDN as alternative name", certificate, Literals.CERTIFICATE__SUBJECT);
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers:
	// keys of at least 1024 bits, 2048 strongly recommended.
	@Check
	public void checkKeySize(Certificate certificate) {
		Integer size = certificate.getKeySize();
		if (size == null || size >= RECOMMENDED_KEY_SIZE) {
			return;
		}
		Severity severity = size < MINIMUM_KEY_SIZE ? Severity.ERROR : Severity.WARNING;
		String requirement = size < MINIMUM_KEY_SIZE ? "the minimum is " + MINIMUM_KEY_SIZE + " bits"
				: RECOMMENDED_KEY_SIZE + " bits are strongly recommended";
		// data: the key size a quick fix sets
		reportAs(severity, Rules.CERTIFICATE_KEY_SIZE, "The certificate of " + label(certificate.eContainer())
				+ " has a " + size + "-bit key; " + requirement + ", so request a " + RECOMMENDED_KEY_SIZE + "-bit key",
				certificate, Literals.CERTIFICATE__KEY_SIZE, INSIGNIFICANT_INDEX, String.valueOf(RECOMMENDED_KEY_SIZE));
	}

	private void reportNoCertificate(EObject server) {
		report(Rules.NO_CERTIFICATE, label(server) + " has no certificate; every Persistent Chat server needs one"
				+ " from the CA of the other internal Lync servers, so add a certificate", server, nameFeature(server));
	}

	/** Issuers of the certificates of Front End pools' servers and Standard Edition servers. */
	private static Set<Authority> frontEndIssuers(List<Certificate> certificates) {
		Set<Authority> issuers = new LinkedHashSet<>();
		for (Certificate certificate : certificates) {
			Authority issuer = certificate.getIssuer();
			if (Roles.isFrontEndServer(certificate.eContainer()) && issuer != null && !issuer.eIsProxy()) {
				issuers.add(issuer);
			}
		}
		return issuers;
	}

	private static List<Certificate> chatServerCertificates(List<Certificate> certificates) {
		return certificates.stream()
				.filter(certificate -> Roles.isChatServer(certificate.eContainer())).toList();
	}

	/** The first name of the certificate, subject then alternative names, that contains a wildcard. */
	private static String wildcardName(Certificate certificate) {
		return Stream.concat(Stream.of(certificate.getSubject()), certificate.getSubjectAlternativeNames().stream())
				.filter(name -> name != null && name.contains("*")).findFirst().orElse(null);
	}

	/** Absent {@code san} is unknown, not empty (docs/rules.md#pc604). */
	private static boolean hasAlternativeNames(Certificate certificate) {
		return Values.isWritten(certificate, Literals.CERTIFICATE__SUBJECT_ALTERNATIVE_NAMES);
	}

	private static boolean known(String fqdn) {
		return fqdn != null && !fqdn.isBlank();
	}
}
