package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;

/** Diagnostics appear as annotations once typing pauses; the expensive checks run on opening and saving. */
class DiagnosticsWhileTypingTest extends WorkbenchTest {

	@Test
	void removingMessageQueuingShowsPc201OnTheServerAndRestoringItRemovesIt() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.waitUntilReconciled();
		assertEquals(List.of(), editor.diagnostics(), "the example is valid");

		editor.replace("installed MSMQ, ", "installed ");

		int serverLine = Examples.lineOf(contoso, "server pc01");
		editor.waitUntil(() -> !editor.linesWith("PC201").isEmpty());
		assertEquals(List.of(serverLine), editor.linesWith("PC201"));
		OpenedEditor.Diagnostic pc201 = editor.diagnostics().stream()
				.filter(diagnostic -> "PC201".equals(diagnostic.ruleId())).findFirst().orElseThrow();
		assertEquals(DiagnosticAnnotation.ERROR_TYPE, pc201.type());
		assertTrue(pc201.text().contains("'pc01' does not have Message Queuing (MSMQ) installed"), pc201.text());
		assertTrue(pc201.text().endsWith("[PC201]"), "the hover text names the rule: " + pc201.text());

		editor.replace("installed DotNet45", "installed MSMQ, DotNet45");

		editor.waitUntil(() -> editor.diagnostics().isEmpty());
		assertEquals(List.of(), editor.diagnostics());
	}

	@Test
	void anUnresolvedReferenceIsPc002AndASyntaxErrorPc001() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.waitUntilReconciled();

		editor.replace("nexthop FE", "nexthop FX");
		editor.replace("users 30000", "users {");

		editor.waitUntil(() -> !editor.linesWith("PC002").isEmpty() && !editor.linesWith("PC001").isEmpty());
		assertEquals(List.of(Examples.lineOf(contoso, "nexthop FE")), editor.linesWith("PC002"));
		assertEquals(Examples.lineOf(contoso, "users 30000"),
				editor.linesWith("PC001").stream().min(Integer::compare).orElseThrow(), "the first syntax error");
		for (OpenedEditor.Diagnostic diagnostic : editor.diagnostics()) {
			assertTrue(diagnostic.text().endsWith("[" + diagnostic.ruleId() + "]"), diagnostic.text());
		}
	}

	@Test
	void expensiveChecksWaitForTheSave() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.waitUntilReconciled();
		int poolStart = Examples.offsetOf(contoso, "        frontend pool FE {");
		int poolEnd = Examples.offsetOf(contoso, "        persistentchat pool");

		// Without its Front End the next hop no longer resolves (a normal check, shown while typing);
		// that the topology has no Front End at all (PC101) is an expensive check.
		editor.document().replace(poolStart, poolEnd - poolStart, "");

		editor.waitUntil(() -> !editor.linesWith("PC002").isEmpty());
		assertEquals(List.of(), editor.linesWith("PC101"), "not while typing");

		editor.editor().doSave(null);

		editor.waitUntil(() -> !editor.linesWith("PC101").isEmpty());
		assertEquals(List.of(Examples.lineOf(contoso, "topology Contoso")), editor.linesWith("PC101"));
		assertEquals(1, editor.linesWith("PC002").size(), "each diagnostic is shown once: " + editor.diagnostics());
	}
}
