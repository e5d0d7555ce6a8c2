package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
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

/** PC211-PC215: every pool has a file store, a UNC one when it has several computers; valid free ports. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class PoolFileStoreAndPortTest {

	/** The local path {@code D:\chat}, written with an escaped backslash. */
	private static final String LOCAL_SHARE = "fileshare Local \"D:\\\\chat\"";

	@Inject
	private Diagnostics diagnostics;

	private static String poolWith(String attributes) {
		return withFrontEnd(chatPool(attributes + "\nserver pc1 { }"));
	}

	@Test
	void poolWithoutFileStoreIsReportedOnItsName() {
		diagnostics.assertReportedOnceAt(Rules.NO_FILE_STORE, withFrontEnd("""
				persistentchat pool «PC» { fqdn "pc.t.local" nexthop FE store SQL.MGC server pc1 { } }"""));
	}

	@Test
	void poolWithFileStoreIsFine() {
		diagnostics.assertNotReported(Rules.NO_FILE_STORE, poolWith(""));
	}

	@Test
	void localFileStoreOfAMultiComputerPoolIsReportedOnTheReference() {
		diagnostics.assertReportedOnceAt(Rules.FILE_STORE_NOT_UNC, withFrontEnd(LOCAL_SHARE,
				chatPool("server pc1 { } server pc2 { }").replace("filestore Share", "filestore «Local»")));
		diagnostics.assertReportedOnceAt(Rules.FILE_STORE_NOT_UNC, withFrontEnd(LOCAL_SHARE,
				chatPool("server pc1 { }").replace("filestore Share", "filestore «Local»")));
	}

	@Test
	void uncFileStoreOrASingleComputersLocalOneIsFine() {
		diagnostics.assertNotReported(Rules.FILE_STORE_NOT_UNC, poolWith(""));
		diagnostics.assertNotReported(Rules.FILE_STORE_NOT_UNC, withFrontEnd(LOCAL_SHARE,
				chatPool("single", "server pc1 { fqdn \"pc.t.local\" }").replace("filestore Share", "filestore Local")));
	}

	@Test
	void fileShareOnAnEnterpriseFrontEndIsReportedOnTheHost() {
		diagnostics.assertReportedOnceAt(Rules.FILE_SHARE_ON_FRONT_END, withFrontEnd("""
				fileshare OnServer "\\\\\\\\fe1.t.local\\\\chat" on «fe1»"""));
		diagnostics.assertReportedOnceAt(Rules.FILE_SHARE_ON_FRONT_END, withFrontEnd("""
				fileshare OnPool "\\\\\\\\fe.t.local\\\\chat" on «FE»"""));
	}

	@Test
	void fileShareOnAnotherMachineIsFine() {
		diagnostics.assertNotReported(Rules.FILE_SHARE_ON_FRONT_END, withFrontEnd("""
				fileshare OnSql "\\\\\\\\sql.t.local\\\\chat" on SQL""", """
				frontend standard SE { fqdn "se.t.local" }
				fileshare OnStandard "\\\\\\\\se.t.local\\\\chat" on SE"""));
	}

	@Test
	void portOutsideTcpRangeIsReportedOnTheValue() {
		diagnostics.assertReportedOnceAt(Rules.PORT_OUT_OF_RANGE, poolWith("port «0»"));
		diagnostics.assertReportedOnceAt(Rules.PORT_OUT_OF_RANGE, poolWith("port «65536»"));
	}

	@Test
	void portsAtTheEdgesOfTheRangeAreValid() {
		diagnostics.assertNotReported(Rules.PORT_OUT_OF_RANGE, poolWith("port 1"));
		diagnostics.assertNotReported(Rules.PORT_OUT_OF_RANGE, poolWith("port 65535"));
		diagnostics.assertNotReported(Rules.PORT_OUT_OF_RANGE, poolWith(""));
	}

	@Test
	void portOfAnotherLyncServiceIsAWarningOnTheValue() {
		for (String port : new String[] { "443", "881", "8011", "5061" }) {
			Issue issue = diagnostics.assertReportedOnceAt(Rules.PORT_IN_USE, poolWith("port «" + port + "»"));
			assertEquals(Severity.WARNING, issue.getSeverity());
			assertArrayEquals(new String[] { "5041" }, issue.getData(), "the port a quick fix sets");
		}
	}

	@Test
	void defaultOrOtherFreePortIsFine() {
		diagnostics.assertNotReported(Rules.PORT_IN_USE, poolWith("port 5041"));
		diagnostics.assertNotReported(Rules.PORT_IN_USE, poolWith("port 5062"));
		diagnostics.assertNotReported(Rules.PORT_IN_USE, poolWith(""));
	}
}
