package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.pcchat.dsl.ui.builder.NatureQuestion;
import org.pcchat.dsl.ui.builder.ProblemMarkers;
import org.pcchat.dsl.ui.generate.GenerateChecklistHandler;

/** Waiting in the UI thread for what the workspace does in the background, with patience that runs out. */
final class Workbench {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The jobs that validate, build and generate after a change. */
	private static final List<Object> BACKGROUND = List.of(NatureQuestion.FAMILY, ResourcesPlugin.FAMILY_AUTO_BUILD,
			ResourcesPlugin.FAMILY_MANUAL_BUILD, GenerateChecklistHandler.FAMILY);

	private Workbench() {
	}

	/** Runs the event loop until the condition holds; fails with {@code what} when patience runs out. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("gave up waiting " + PATIENCE.toSeconds() + " s for: " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for: " + what);
				}
			}
		}
	}

	/** Until no validation, build or generation is running or waiting (nature installation included). */
	static void waitForBackgroundWork() {
		waitUntil("validation, builds and checklist generation to finish",
				() -> BACKGROUND.stream().allMatch(family -> Job.getJobManager().find(family).length == 0));
	}

	/** The file's topology problem markers. */
	static List<IMarker> problems(IFile file) {
		try {
			return file.exists() ? Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					: List.of();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	/** The file's problem markers of one rule. */
	static List<IMarker> problems(IFile file, String ruleId) {
		return problems(file).stream().filter(m -> ruleId.equals(m.getAttribute(ProblemMarkers.RULE_ID, null))).toList();
	}

	static void write(IFile file, String content) throws CoreException {
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.FORCE, null);
		} else {
			file.create(bytes, IResource.FORCE, null);
		}
	}

	static String read(IFile file) throws CoreException {
		return new String(file.readAllBytes(), StandardCharsets.UTF_8);
	}
}
