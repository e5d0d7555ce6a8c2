package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.ui.tests.TopologyTexts.NO_MSMQ;
import static org.pcchat.dsl.ui.tests.TopologyTexts.SERVER_PC1_LINE;
import static org.pcchat.dsl.ui.tests.TopologyTexts.VALID;
import static org.pcchat.dsl.ui.tests.Workbench.problems;
import static org.pcchat.dsl.ui.tests.Workbench.waitForBackgroundWork;
import static org.pcchat.dsl.ui.tests.Workbench.waitUntil;
import static org.pcchat.dsl.ui.tests.Workbench.write;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pcchat.dsl.ui.builder.ProblemMarkers;

/** Saved topology files with problems: what the Problems view gets from the builder. */
class ProblemMarkerTest {

	private IProject project;

	@BeforeEach
	void createProject(TestInfo test) throws CoreException {
		project = TestProject.validated("markers-" + test.getTestMethod().orElseThrow().getName());
	}

	@AfterEach
	void deleteProject() throws CoreException {
		waitForBackgroundWork();
		project.delete(true, true, null);
	}

	@Test
	void aSavedProblemBecomesAMarkerWithItsRuleIdAndRange() throws CoreException {
		IFile file = project.getFile("noqueue.pctopo");
		write(file, NO_MSMQ);

		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());
		waitForBackgroundWork();
		List<IMarker> markers = problems(file);
		assertEquals(1, markers.size(), () -> "markers: " + markers);
		IMarker marker = markers.get(0);
		int name = NO_MSMQ.indexOf("server pc1") + "server ".length();
		assertEquals("PC201", marker.getAttribute(ProblemMarkers.RULE_ID, null));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(SERVER_PC1_LINE, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(name, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(name + "pc1".length(), marker.getAttribute(IMarker.CHAR_END, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("[PC201]"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of("MSMQ"), List.of(ProblemMarkers.issueData(marker)), "issue data for the quick fix");
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shown in the Problems view");
	}

	@Test
	void syntaxErrorsAndUnresolvedReferencesCarryTheirRuleIds() throws CoreException {
		IFile broken = project.getFile("broken.pctopo");
		IFile dangling = project.getFile("dangling.pctopo");
		write(broken, VALID.replace("site Main {", "site Main"));
		write(dangling, VALID.replace("nexthop FE", "nexthop FrontEnd"));

		waitUntil("PC001 and PC002 markers",
				() -> !problems(broken, "PC001").isEmpty() && !problems(dangling, "PC002").isEmpty());
		IMarker reference = problems(dangling, "PC002").get(0);
		assertEquals(VALID.indexOf("nexthop FE") + "nexthop ".length(), reference.getAttribute(IMarker.CHAR_START, -1));
		assertTrue(reference.getAttribute(IMarker.MESSAGE, "").endsWith("[PC002]"));
	}

	@Test
	void fixingTheFileRemovesItsMarkers() throws CoreException {
		IFile file = project.getFile("noqueue.pctopo");
		write(file, NO_MSMQ);
		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());

		write(file, VALID);

		waitUntil("no marker on the fixed file", () -> problems(file).isEmpty());
		waitForBackgroundWork();
		assertEquals(List.of(), problems(file));
	}

	@Test
	void deletingTheFileRemovesItsMarkers() throws CoreException {
		IFile file = project.getFile("noqueue.pctopo");
		write(file, NO_MSMQ);
		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());

		file.delete(true, null);

		waitForBackgroundWork();
		assertEquals(0, project.findMarkers(ProblemMarkers.TYPE, true, IFile.DEPTH_INFINITE).length);
	}

	@Test
	void pcchatJsonSetsTheLevelsAndAChangeOfItRevalidates() throws CoreException {
		IFile config = project.getFolder("site").getFile("pcchat.json");
		project.getFolder("site").create(true, true, null);
		write(config, "{ \"rules\": { \"PC201\": \"warning\" } }");
		IFile file = project.getFolder("site").getFile("noqueue.pctopo");
		write(file, NO_MSMQ);
		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());
		waitForBackgroundWork();
		assertEquals(IMarker.SEVERITY_WARNING, problems(file, "PC201").get(0).getAttribute(IMarker.SEVERITY, -1),
				"pcchat.json lowers PC201 to a warning");

		write(config, "{ \"rules\": { \"PC201\": \"off\" } }");

		waitUntil("PC201 turned off by pcchat.json", () -> problems(file, "PC201").isEmpty());
		write(config, "{ \"rules\": { \"PC201\": \"error\" } }");
		waitUntil("PC201 back as an error", () -> problems(file, "PC201").stream()
				.anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
	}

	@Test
	void aCleanBuildValidatesAgain() throws CoreException {
		IFile file = project.getFile("noqueue.pctopo");
		write(file, NO_MSMQ);
		waitUntil("a PC201 marker", () -> !problems(file, "PC201").isEmpty());
		waitForBackgroundWork();

		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertTrue(problems(file).isEmpty(), "clean removes the markers");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertEquals(1, problems(file, "PC201").size());
		assertFalse(problems(file, "PC201").get(0).getAttribute(ProblemMarkers.ISSUE_DATA, "").isEmpty());
	}
}
