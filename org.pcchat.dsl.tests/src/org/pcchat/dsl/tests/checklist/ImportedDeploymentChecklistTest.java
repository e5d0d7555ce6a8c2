package org.pcchat.dsl.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.checklist.ChecklistTest.item;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.generator.Checklist;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.generator.Item;
import org.pcchat.dsl.generator.Kind;
import org.pcchat.dsl.generator.Phase;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The checklist of a running deployment as {@code pcchat import} writes it (every machine and pool
 * {@code existing}): an administrator verifies it and changes nothing, file shares and the topology's
 * own steps included. The topology is the importer's golden output for its Enterprise test document.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ImportedDeploymentChecklistTest {

	private static final Path IMPORTED = Locations.repositoryRoot()
			.resolve("org.pcchat.dsl.cli/src/test/resources/golden/import/enterprise.xml.facts.pctopo");

	@Inject
	private Topologies topologies;

	@Inject
	private Checklists checklists;

	private Checklist checklist(String text) {
		return checklists.checklist(topologies.load("imported.pctopo", text));
	}

	private static String imported() {
		try {
			return java.nio.file.Files.readString(IMPORTED);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void aRunningDeploymentIsVerifiedAndNothingInItIsChanged() {
		Checklist checklist = checklist(imported());
		List<Item> changing = checklist.items()
				.filter(item -> item.phase() != Phase.VERIFICATION && item.phase() != Phase.RUNBOOKS)
				.filter(item -> item.kind() != Kind.VERIFY || !item.actions().isEmpty()).toList();
		assertEquals(List.of(), changing.stream().map(item -> item.id() + ": " + item.what() + " " + item.actions()).toList());
		assertTrue(item(checklist, "file-shares/pchatfiles/share").what()
				.startsWith("Check that the share \\\\fs01.contoso.com\\pchatfiles exists (file store of Persistent Chat pool 'pchat')"),
				() -> item(checklist, "file-shares/pchatfiles/share").what());
		assertTrue(item(checklist, "publishing/topology/publish").what().startsWith("Check that the published topology"));
		assertTrue(item(checklist, "front-end/zrh-fe-01/prerequisites").what()
				.startsWith("Check that .NET Framework 4.5, Windows PowerShell 3.0 and Windows Identity Foundation are installed on"),
				() -> item(checklist, "front-end/zrh-fe-01/prerequisites").what());
	}

	@Test
	void aNewPoolOnARunningDeploymentStillCreatesItsShareAndPublishes() {
		String text = imported().replace("existing persistentchat pool pchat", "persistentchat pool pchat");
		Checklist checklist = checklist(text);
		assertEquals(Kind.TODO, item(checklist, "file-shares/pchatfiles/share").kind());
		assertEquals(Kind.TODO, item(checklist, "publishing/topology/publish").kind());
		// the Front End pool's share runs already
		assertEquals(Kind.VERIFY, item(checklist, "file-shares/lyncshare/share").kind());
	}

	@Test
	void hardwareIsCountedInTheSingularToo() {
		String text = imported().replaceFirst("sockets 2 cores 6 clock 2.3 GHz memory 32 GB disks 1 ssd",
				"sockets 1 cores 6 clock 2.3 GHz memory 32 GB disks 1 ssd");
		Checklist checklist = checklist(text);
		assertTrue(item(checklist, "sql-servers/sqlpc01/hardware").what().contains("the topology gives 1 x64 processor of 6 cores"
				+ " at 2.3 GHz, 32 GB memory, 1 SSD, 2 network adapters"), () -> item(checklist, "sql-servers/sqlpc01/hardware").what());
	}
}
