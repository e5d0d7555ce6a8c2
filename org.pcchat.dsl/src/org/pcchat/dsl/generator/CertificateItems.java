package org.pcchat.dsl.generator;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.CERTIFICATE__ISSUER;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.CERTIFICATE__KEY_SIZE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Authority;
import org.pcchat.dsl.pctopo.Certificate;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.rules.Rules;

/**
 * Certificates
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers):
 * the Front End servers' show which CA the deployment uses; each
 * Persistent Chat server requests its own from that CA with Request-CsCertificate.
 */
final class CertificateItems {

	/** The key size to request when the topology does not state one (docs/rules.md#pc605: 2048 recommended). */
	private static final int RECOMMENDED_KEY_SIZE = 2048;

	private final List<Authority> frontEndIssuers = new ArrayList<>();

	CertificateItems(Deployment deployment) {
		for (FrontEndPool pool : EcoreUtil2.getAllContentsOfType(deployment.topology, FrontEndPool.class)) {
			pool.getServers().forEach(server -> addIssuer(server.getCertificate()));
		}
		EcoreUtil2.getAllContentsOfType(deployment.topology, StandardServer.class)
				.forEach(server -> addIssuer(server.getCertificate()));
	}

	/** A Front End or Standard Edition server's certificate: it names the CA Persistent Chat must use. */
	void addFrontEnd(Drafts drafts, EObject server, Certificate certificate) {
		String host = Deployment.fqdn(server);
		ItemDraft item = drafts.add(server, "certificate").on(host)
				.why(Rules.CERTIFICATE_ISSUER, Rules.CERTIFICATE_WILDCARD, Rules.CERTIFICATE_KEY_SIZE)
				.check(inStore(certificate == null ? host : certificate.getSubject()));
		if (certificate == null || !Values.isWritten(certificate, CERTIFICATE__ISSUER)) {
			item.verify("The topology does not say which CA issued the certificate of " + host + ": check it; the"
					+ " Persistent Chat servers' certificates must come from the same CA");
		} else {
			item.todo("Keep the certificate of " + host + " from " + describe(certificate.getIssuer())
					+ "; the Persistent Chat servers' certificates come from the same CA")
					.ifDeployed("Check that the certificate of " + host + " comes from " + describe(certificate.getIssuer())
							+ "; the Persistent Chat servers' certificates come from the same CA");
		}
	}

	/**
	 * A Persistent Chat server's certificate, requested in the Lync Server Management Shell that Setup
	 * has just installed (Deployment Wizard step 3) and assigned. The request is always the one the
	 * requirements ask for: the server's FQDN, the pool's as alternative name, the Front End servers'
	 * CA and at least 2048 bits, whatever a flagged topology says.
	 */
	void addChat(Drafts drafts, EObject server, Certificate certificate, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		String subject = host;
		List<String> names = sansFor(server, pool);
		Authority written = certificate != null && certificate.getIssuer() != null && !certificate.getIssuer().eIsProxy()
				? certificate.getIssuer() : null;
		Authority issuer = written != null && (frontEndIssuers.isEmpty() || frontEndIssuers.contains(written)) ? written
				: frontEndIssuers.stream().findFirst().orElse(written);
		int keySize = certificate != null && certificate.getKeySize() != null
				? Math.max(certificate.getKeySize(), RECOMMENDED_KEY_SIZE) : RECOMMENDED_KEY_SIZE;
		drafts.add(server, "certificate").on(host)
				.why(Rules.NO_CERTIFICATE, Rules.CERTIFICATE_ISSUER, Rules.CERTIFICATE_WILDCARD, Rules.CERTIFICATE_NAMES,
						Rules.CERTIFICATE_KEY_SIZE)
				.todo("Request the default certificate of " + subject + (names.isEmpty() ? "" : " with the alternative names "
						+ String.join(", ", names)) + " from " + (issuer == null ? "the CA of the Front End servers"
								: describe(issuer)) + ", key size " + keySize + " bits, in the Lync Server Management Shell on "
						+ host + ", and assign it")
				.ifDeployed("Check the default certificate of " + subject + ":" + (names.isEmpty() ? ""
						: " alternative names " + String.join(", ", names) + ",") + " issued by " + (issuer == null ? "the CA of the Front End servers" : describe(issuer)) + ", key of "
						+ keySize + " bits or more")
				.run(request(issuer, names, keySize, host), "Set-CsCertificate -Type Default -Thumbprint '<thumbprint>'")
				.check(inStore(subject), "Get-CsCertificate -Type Default | Format-List Subject, Issuer, AlternativeNames, NotAfter");
	}

	/**
	 * A Standard Edition server hosting a collocated pool keeps its default certificate: its FQDN is
	 * the pool's, and a new default certificate would replace the one the running server uses.
	 */
	void addCollocatedHost(Drafts drafts, StandardServer server, Certificate certificate) {
		String host = Deployment.fqdn(server);
		String issuer = certificate != null && certificate.getIssuer() != null && !certificate.getIssuer().eIsProxy()
				? describe(certificate.getIssuer()) : "the CA of the deployment's internal servers";
		drafts.add(server, "certificate").on(host)
				.why(Rules.NO_CERTIFICATE, Rules.CERTIFICATE_ISSUER, Rules.CERTIFICATE_WILDCARD, Rules.CERTIFICATE_NAMES,
						Rules.CERTIFICATE_KEY_SIZE)
				.verify("Check the default certificate of Standard Edition server " + host + ": issued by " + issuer
						+ ", subject " + host + " (also the collocated pool's FQDN), key of 2048 bits or more. Keep it:"
						+ " do not request a new default certificate, which would replace the one the running server uses")
				.check("Get-CsCertificate -Type Default | Format-List Subject, Issuer, AlternativeNames, NotAfter",
						inStore(certificate == null ? host : certificate.getSubject()));
	}

	/** By convention the pool FQDN, when it differs from the server's (docs/rules.md#pc604). */
	private static List<String> sansFor(EObject server, PersistentChatPool pool) {
		String poolFqdn = Deployment.fqdn(pool);
		return poolFqdn.equals(Deployment.fqdn(server)) || !(server instanceof Server) ? List.of() : List.of(poolFqdn);
	}

	private static String request(Authority issuer, List<String> names, int keySize, String host) {
		String ca = "<CA host>\\" + (issuer == null ? "<CA name>" : commonName(issuer));
		return "Request-CsCertificate -New -Type Default -CA " + Commands.quote(ca) + " -FriendlyName "
				+ Commands.quote("Persistent Chat " + host) + (names.isEmpty() ? "" : " -DomainName "
						+ Commands.quote(String.join(",", names))) + " -KeySize " + keySize;
	}

	/** Shows the certificate in the machine store with its issuer, names and key size. */
	private static String inStore(String subject) {
		return "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { $_.Subject -like " + Commands.quote("CN=" + subject + "*")
				+ " } | Format-List Subject, Issuer, DnsNameList, NotAfter, @{Name='KeySize'; Expression={ $_.PublicKey.Key.KeySize }}";
	}

	/** "ContosoCA (CN=Contoso Issuing CA, DC=contoso, DC=com)". */
	private static String describe(Authority authority) {
		return Deployment.name(authority) + (authority.getDistinguishedName() == null ? ""
				: " (" + authority.getDistinguishedName() + ")");
	}

	/** The CA's name as Request-CsCertificate wants it after the host: the CN of its distinguished name. */
	private static String commonName(Authority authority) {
		String dn = authority.getDistinguishedName();
		if (dn == null) {
			return Deployment.name(authority);
		}
		for (String part : dn.split(",")) {
			String trimmed = part.strip();
			if (trimmed.regionMatches(true, 0, "CN=", 0, 3)) {
				return trimmed.substring(3);
			}
		}
		return dn;
	}

	private void addIssuer(Certificate certificate) {
		if (certificate != null && certificate.getIssuer() != null && !certificate.getIssuer().eIsProxy()
				&& !frontEndIssuers.contains(certificate.getIssuer())) {
			frontEndIssuers.add(certificate.getIssuer());
		}
	}
}
