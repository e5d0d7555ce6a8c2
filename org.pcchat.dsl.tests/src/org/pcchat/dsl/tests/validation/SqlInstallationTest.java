package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.Diagnostics.assertMarks;
import static org.pcchat.dsl.tests.support.Diagnostics.assertNone;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** The SQL Server installation of a database server: version, edition, 64-bit (PC301-PC303, PC310, PC311). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class SqlInstallationTest {

	private static final String LYNC_2013 = "product Lync2013";
	private static final String NO_PRODUCT = "";

	@Inject
	private Topologies topologies;

	/** A topology of {@code product} whose one SQL server has the {@code sql} line. */
	private static String sqlServer(String product, String sql) {
		return """
				topology T {
				    %s
				    site S {
				        sqlserver SQL {
				            fqdn "sql.t.local"
				            %s
				            instance RTC
				        }
				    }
				}
				""".formatted(product, sql);
	}

	private static String skype(int cu, String sql) {
		return sqlServer("product SkypeForBusiness2015 cu " + cu, sql);
	}

	private List<Issue> issues(String text) {
		return topologies.issues(text);
	}

	// PC301: version not supported by the product

	@Test
	void lync2013DoesNotSupportSql2014() {
		String text = sqlServer(LYNC_2013, "sql SQL2014 edition Standard");
		Issue issue = assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, "SQL2014");
		assertArrayEquals(new String[] { "SQL2008R2", "SQL2012" }, issue.getData());
		assertTrue(issue.getMessage().startsWith("SQL server 'SQL' runs SQL Server 2014, which Lync Server 2013"),
				issue.getMessage());
	}

	@Test
	void topologyWithoutProductIsLync2013() {
		String text = sqlServer(NO_PRODUCT, "sql SQL2014 edition Standard");
		assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, "SQL2014");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SQL2000", "SQL2005", "SQL2008", "SQL2016", "SQL2017", "SQL2019", "SQL2022" })
	void lync2013SupportsNothingElse(String version) {
		String text = sqlServer(LYNC_2013, "sql " + version + " edition Enterprise");
		assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, version);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SQL2008R2", "SQL2012" })
	void lync2013SupportsSql2008R2And2012(String version) {
		assertNone(issues(sqlServer(LYNC_2013, "sql " + version + " edition Standard")), Rules.SQL_VERSION_UNSUPPORTED);
	}

	@Test
	void skypeForBusiness2015DoesNotSupportSql2008R2() {
		String text = skype(9, "sql SQL2008R2 sp 3 edition Enterprise");
		Issue issue = assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, "SQL2008R2");
		assertArrayEquals(new String[] { "SQL2012", "SQL2014", "SQL2016", "SQL2017", "SQL2019" }, issue.getData());
	}

	@ParameterizedTest
	@ValueSource(strings = { "SQL2012", "SQL2014", "SQL2016 sp 1", "SQL2017", "SQL2019" })
	void skypeForBusiness2015SupportsSql2012To2019(String version) {
		assertNone(issues(skype(9, "sql " + version + " edition Standard")), Rules.SQL_VERSION_UNSUPPORTED);
	}

	@Test
	void skypeForBusiness2015SupportsSql2016OnlyFromServicePack1() {
		String text = skype(9, "sql SQL2016 edition Standard");
		Issue issue = assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, "SQL2016");
		assertTrue(issue.getMessage().contains("without a service pack"), issue.getMessage());
	}

	@Test
	void absentSqlLineIsUnknown() {
		List<Issue> issues = issues(sqlServer(LYNC_2013, ""));
		for (String rule : List.of(Rules.SQL_VERSION_UNSUPPORTED, Rules.SQL_EDITION_UNSUPPORTED, Rules.SQL_32_BIT,
				Rules.SQL2019_NOT_LISTED, Rules.CUMULATIVE_UPDATE_REQUIRED)) {
			assertNone(issues, rule);
		}
	}

	// PC310: SQL2019 with Skype for Business Server 2015 is a warning

	@Test
	void sql2019WithSkypeForBusiness2015IsWarnedAbout() {
		String text = skype(9, "sql SQL2019 edition Enterprise");
		Issue issue = assertMarks(text, issues(text), Rules.SQL2019_NOT_LISTED, "SQL2019");
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void sql2017WithSkypeForBusiness2015IsNotWarnedAbout() {
		assertNone(issues(skype(9, "sql SQL2017 edition Enterprise")), Rules.SQL2019_NOT_LISTED);
	}

	@Test
	void sql2019WithLync2013IsUnsupportedNotWarnedAbout() {
		assertNone(issues(sqlServer(LYNC_2013, "sql SQL2019 edition Enterprise")), Rules.SQL2019_NOT_LISTED);
	}

	// PC311: versions supported only from a cumulative update of the product

	@Test
	void sql2014NeedsCumulativeUpdate6() {
		String text = skype(5, "sql SQL2014 sp 3 edition Enterprise");
		Issue issue = assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "SQL2014");
		assertArrayEquals(new String[] { "6" }, issue.getData());
		assertTrue(issue.getMessage().contains("is at cu 5"), issue.getMessage());
	}

	@Test
	void sql2014AtCumulativeUpdate6IsSupported() {
		assertNone(issues(skype(6, "sql SQL2014 sp 3 edition Enterprise")), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	@Test
	void absentCumulativeUpdateIsNoUpdate() {
		String text = sqlServer("product SkypeForBusiness2015", "sql SQL2014 edition Enterprise");
		Issue issue = assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "SQL2014");
		assertTrue(issue.getMessage().contains("declares no cu"), issue.getMessage());
	}

	@Test
	void sql2016NeedsCumulativeUpdate7() {
		String text = skype(6, "sql SQL2016 sp 1 edition Enterprise");
		assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "SQL2016");
		assertNone(issues(skype(7, "sql SQL2016 sp 1 edition Enterprise")), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	@Test
	void sql2016WithoutServicePackAndUpdateGetsBothRules() {
		String text = skype(6, "sql SQL2016 edition Enterprise");
		assertMarks(text, issues(text), Rules.SQL_VERSION_UNSUPPORTED, "SQL2016");
		assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "SQL2016");
	}

	@Test
	void unsupportedVersionNeedsNoUpdate() {
		assertNone(issues(skype(1, "sql SQL2008R2 edition Enterprise")), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	// PC302: edition

	@ParameterizedTest
	@ValueSource(strings = { "Express", "Web", "Workgroup", "Developer" })
	void onlyStandardAndEnterpriseEditionsAreSupported(String edition) {
		String text = sqlServer(LYNC_2013, "sql SQL2012 edition " + edition);
		assertMarks(text, issues(text), Rules.SQL_EDITION_UNSUPPORTED, edition);
	}

	@ParameterizedTest
	@ValueSource(strings = { "edition Standard", "edition Enterprise", "" })
	void standardEnterpriseAndUnknownEditionsAreFine(String edition) {
		assertNone(issues(sqlServer(LYNC_2013, "sql SQL2012 " + edition)), Rules.SQL_EDITION_UNSUPPORTED);
	}

	@Test
	void standardEditionServersLocalExpressInstanceIsFine() {
		String text = """
				topology T {
				    site S {
				        frontend standard SE {
				            fqdn "se.t.local"
				            instance RTCLOCAL
				        }
				        persistentchat pool PC on SE {
				            fqdn "se.t.local"
				            store SE.RTCLOCAL
				        }
				    }
				}
				""";
		assertNone(issues(text), Rules.SQL_EDITION_UNSUPPORTED);
	}

	// PC303: 32-bit

	@Test
	void thirtyTwoBitSqlServerIsUnsupported() {
		String text = sqlServer(LYNC_2013, "sql SQL2012 edition Standard x86");
		assertMarks(text, issues(text), Rules.SQL_32_BIT, "x86");
	}

	@Test
	void sixtyFourBitSqlServerIsFine() {
		assertNone(issues(sqlServer(LYNC_2013, "sql SQL2012 sp 1 edition Standard")), Rules.SQL_32_BIT);
	}
}
