package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.TopologyText.SHARE;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.topology;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;

import com.google.inject.Inject;

/** PC601-PC605: Persistent Chat certificates exist, come from the Front Ends' CA, are well named and strong. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class CertificateValidatorTest {

	@Inject
	private Diagnostics diagnostics;

	/** Persistent Chat server pc1 (pc1.t.local) of pool PC (pc.t.local) with this certificate clause. */
	private static String chatServerWith(String certificate) {
		return withFrontEnd(chatPool("server pc1 { fqdn \"pc1.t.local\" " + certificate + " }"));
	}

	@Test
	void chatServerWithoutCertificateIsReportedOnItsName() {
		diagnostics.assertReportedOnceAt(Rules.NO_CERTIFICATE, withFrontEnd(chatPool("""
				server «pc1» { fqdn "pc1.t.local" }
				server pc2 { fqdn "pc2.t.local" certificate "pc2.t.local" issuer CA }""")));
	}

	@Test
	void frontEndServersAreNotAskedForCertificatesHere() {
		diagnostics.assertNotReported(Rules.NO_CERTIFICATE, topology(SHARE, """
				sqlserver SQL { fqdn "sql.t.local" instance RTC }
				frontend pool FE { fqdn "fe.t.local" backend SQL.RTC server fe1 { } }
				frontend standard SE { fqdn "se.t.local" }"""));
	}

	@Test
	void standardEditionServerHostingAPoolNeedsACertificate() {
		String pool = chatPool("on SE", "").replace("pc.t.local", "se.t.local");
		diagnostics.assertReportedOnceAt(Rules.NO_CERTIFICATE, withFrontEnd("""
				frontend standard «SE» { fqdn "se.t.local" }""", pool));
		diagnostics.assertNotReported(Rules.NO_CERTIFICATE, withFrontEnd("""
				frontend standard SE { fqdn "se.t.local" certificate "se.t.local" issuer CA }""", pool));
	}

	@Test
	void certificateFromAnotherCaThanTheFrontEndsIsReportedOnTheIssuer() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_ISSUER,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer «Other» keysize 2048"));
		assertArrayEquals(new String[] { "CA" }, issue.getData(), "the Front End issuers a quick fix proposes");
	}

	@Test
	void certificateFromAnyFrontEndCaIsFine() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_ISSUER,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA"));
		diagnostics.assertNotReported(Rules.CERTIFICATE_ISSUER, withFrontEnd("""
				frontend standard SE { fqdn "se.t.local" certificate "se.t.local" issuer Other }""",
				chatPool("server pc1 { certificate \"pc1.t.local\" issuer Other }")));
	}

	@Test
	void withoutFrontEndCertificatesTheIssuerIsNotChecked() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_ISSUER, topology(SHARE, """
				sqlserver SQL { fqdn "sql.t.local" instance RTC instance MGC }
				frontend pool FE { fqdn "fe.t.local" backend SQL.RTC server fe1 { } }""",
				chatPool("server pc1 { certificate \"pc1.t.local\" issuer Other }")));
	}

	@Test
	void wildcardSubjectOrAlternativeNameIsReportedOnTheSubject() {
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_WILDCARD,
				chatServerWith("certificate «\"*.t.local\"» san \"pc.t.local\" issuer CA"));
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_WILDCARD,
				chatServerWith("certificate «\"pc1.t.local\"» san \"pc.t.local\", \"*.t.local\" issuer CA"));
	}

	@Test
	void wildcardOnAFrontEndCertificateIsReportedToo() {
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_WILDCARD, topology(SHARE, """
				sqlserver SQL { fqdn "sql.t.local" instance RTC }
				frontend standard SE { fqdn "se.t.local" certificate «"*.t.local"» issuer CA }"""));
	}

	@Test
	void namedCertificateIsNoWildcard() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_WILDCARD,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA"));
	}

	@Test
	void subjectOtherThanTheServersFqdnIsReported() {
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_NAMES,
				chatServerWith("certificate «\"pc.t.local\"» san \"pc.t.local\" issuer CA"));
	}

	@Test
	void alternativeNamesWithoutThePoolFqdnAreReported() {
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_NAMES,
				chatServerWith("certificate «\"pc1.t.local\"» san \"pc1.t.local\", \"chat.t.local\" issuer CA"));
	}

	@Test
	void conventionalNamesAreFine() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_NAMES,
				chatServerWith("certificate \"PC1.t.local\" san \"pc1.t.local\", \"PC.t.local\" issuer CA"));
	}

	@Test
	void absentAlternativeNamesAreUnknown() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_NAMES, chatServerWith("certificate \"pc1.t.local\" issuer CA"));
	}

	@Test
	void singleComputerPoolNeedsNoAlternativeName() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_NAMES, withFrontEnd(chatPool("single", """
				server pc1 { fqdn "pc.t.local" certificate "pc.t.local" san "other.t.local" issuer CA }""")));
	}

	@Test
	void wildcardIsReportedInsteadOfTheNamingConvention() {
		String text = chatServerWith("certificate «\"*.t.local\"» san \"other.t.local\" issuer CA");
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_WILDCARD, text);
		diagnostics.assertNotReported(Rules.CERTIFICATE_NAMES, text.replace("«", "").replace("»", ""));
	}

	@Test
	void keyBelow1024BitsIsAnErrorOnTheKeySize() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_KEY_SIZE,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA keysize «1023»"));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertArrayEquals(new String[] { "2048" }, issue.getData(), "the key size a quick fix sets");
	}

	@Test
	void keyBelow2048BitsIsAWarning() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_KEY_SIZE,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA keysize «1024»"));
		assertEquals(Severity.WARNING, issue.getSeverity());
		diagnostics.assertReportedOnceAt(Rules.CERTIFICATE_KEY_SIZE, topology(SHARE, """
				sqlserver SQL { fqdn "sql.t.local" instance RTC }
				frontend standard SE { fqdn "se.t.local" certificate "se.t.local" issuer CA keysize «2047» }"""));
	}

	@Test
	void keyOf2048BitsOrUnknownSizeIsFine() {
		diagnostics.assertNotReported(Rules.CERTIFICATE_KEY_SIZE,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA keysize 2048"));
		diagnostics.assertNotReported(Rules.CERTIFICATE_KEY_SIZE,
				chatServerWith("certificate \"pc1.t.local\" san \"pc.t.local\" issuer CA"));
	}
}
