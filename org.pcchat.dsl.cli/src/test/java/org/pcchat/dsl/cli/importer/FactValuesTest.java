package org.pcchat.dsl.cli.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables facts are read with: SQL Server builds, Windows versions, editions, names. */
class FactValuesTest {

	@ParameterizedTest
	@CsvSource({
			"10.50.4000.0, SQL2008R2, 2", "10.50.6000.34, SQL2008R2, 3", "10.50.1600.1, SQL2008R2, 0",
			"11.0.5058.0, SQL2012, 2", "11.0.5343.0, SQL2012, 2", "11.0.7001.0, SQL2012, 4", "11.0.2100.60, SQL2012, 0",
			"12.0.4100.1, SQL2014, 1", "13.0.4001.0, SQL2016, 1", "14.0.3456.2, SQL2017, 0", "15.0.2000.5, SQL2019, 0",
			"9.0.5000.00, SQL2005, 4", "8.0.2039, SQL2000, 4"})
	void sqlBuilds(String build, String version, int servicePack) {
		assertEquals(new SqlBuilds.Build(version, servicePack), SqlBuilds.of(build));
	}

	@ParameterizedTest
	@CsvSource({"17.0.1000.7", "11.0.1000.0", "garbage", "11", "''"})
	void unknownSqlBuilds(String build) {
		assertNull(SqlBuilds.of(build));
	}

	@ParameterizedTest
	@CsvSource({
			"Microsoft Windows Server 2008 R2 Enterprise , 6.1.7601, WindowsServer2008R2, Enterprise",
			"Microsoft Windows Server 2012 R2 Datacenter, 6.3.9600, WindowsServer2012R2, Datacenter",
			"Microsoft Windows Server 2016 Standard, 10.0.14393, WindowsServer2016, Standard",
			"Microsoft Windows Server 2019 Datacenter, 10.0.17763, WindowsServer2019, Datacenter",
			"Microsoft® Windows Server® 2008 Enterprise, 6.0.6002, WindowsServer2008, Enterprise",
			"Microsoft Windows Server 2022 Standard, 10.0.20348, WindowsServer2022, Standard"})
	void operatingSystems(String caption, String version, String expected, String edition) {
		assertEquals(expected, OsVersions.version(new Facts.Os(caption, version, 0, "Server")));
		assertEquals(edition, OsVersions.edition(caption));
	}

	/** A client Windows shares its kernel version with a server; Windows Server 2025 is not known. */
	@Test
	void operatingSystemsPcchatDoesNotKnow() {
		assertNull(OsVersions.version(new Facts.Os("Microsoft Windows 10 Enterprise", "10.0.19045", 0, "Client")));
		assertNull(OsVersions.version(new Facts.Os("Microsoft Windows Server 2025 Datacenter", "10.0.26100", 0, "Server")));
		assertTrue(OsVersions.core("Server Core"));
		assertFalse(OsVersions.core("Server"));
	}

	@Test
	void sqlEditions() {
		assertEquals("Enterprise", FactValues.sqlEdition("Enterprise Edition: Core-based Licensing (64-bit)"));
		assertEquals("Express", FactValues.sqlEdition("Express Edition with Advanced Services (64-bit)"));
		assertNull(FactValues.sqlEdition("Business Intelligence Edition (64-bit)"));
		assertTrue(FactValues.sqlX86("Standard Edition"));
		assertFalse(FactValues.sqlX86("Standard Edition (64-bit)"));
	}

	@Test
	void installedItemsKeepOnlyTheListedHotfixes() {
		Facts.Software software = new Facts.Software(List.of("msmq-server", "Web-Server"), 378389, "3.0", true,
				List.of("KB976932", "kb2533623", "KB2982006"));
		assertEquals(List.of("MSMQ", "DotNet45", "PowerShell3", "WIF", "KB2533623", "KB2982006"),
				FactValues.installed(software));
		assertEquals(List.of(), FactValues.installed(new Facts.Software(List.of(), 378388, "2.0", false, null)));
	}

	@Test
	void certificateNamingTheMachineWins() {
		Facts.Certificate wildcard = new Facts.Certificate("CN=*.contoso.com", List.of("*.contoso.com"), "CN=CA", 2048,
				"2030-01-01T00:00:00Z", "AA");
		Facts.Certificate own = new Facts.Certificate("CN=pc01.contoso.com", List.of(), "CN=CA", 2048,
				"2027-01-01T00:00:00Z", "BB");
		Facts.Certificate other = new Facts.Certificate("CN=web.contoso.com", List.of(), "CN=CA", 2048,
				"2031-01-01T00:00:00Z", "CC");
		assertEquals(own, FactValues.certificateFor("PC01.contoso.com", List.of(wildcard, own, other)));
		assertEquals(wildcard, FactValues.certificateFor("pc01.contoso.com", List.of(wildcard, other)));
		assertNull(FactValues.certificateFor("pc01.contoso.com", List.of(other)));
		assertNull(FactValues.certificateFor("pc01.contoso.com", List.of(new Facts.Certificate("CN=*.pc01.contoso.com",
				null, null, null, null, null))));
	}

	@Test
	void distinguishedNamesCompareAsWindowsDoes() {
		assertEquals(FactValues.normalizedDn("CN=Contoso Issuing CA, DC=contoso, DC=com"),
				FactValues.normalizedDn("cn=Contoso Issuing CA,dc=CONTOSO,dc=com"));
		assertEquals("Contoso Issuing CA", FactValues.commonName("CN=Contoso Issuing CA, DC=contoso, DC=com"));
	}

	@Test
	void hardwareInTheLanguagesUnits() {
		Draft.Hardware hardware = FactValues.hardware(new Facts.Hardware("AMD64", 2, 6, 2261, 31.8,
				List.of(new Facts.Disk("SSD", 480.0), new Facts.Disk("ssd", 480.0)), 2, true, 0.1));
		assertEquals(new Draft.Hardware("x64", 2, 6, new java.math.BigDecimal("2.26"), 32, 2, true, 2, true, 0), hardware);
	}

	@Test
	void namesFollowHostNames() {
		assertEquals("zrh-pc-01", Names.name(Names.hostName("zrh-pc-01.contoso.com")));
		assertEquals("n123", Names.name("123"));
		assertEquals("a-b", Names.name("-a__b-"));
		assertEquals("unnamed", Names.name(""));
		assertEquals("MSSQLSERVER", Names.instanceName(""));
		assertEquals("I2ND", Names.instanceName("2ND"));
		assertEquals("MY_DB", Names.instanceName("MY$DB"));
	}
}
