package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.Test;

/** Over the lexical colours, declared names and references get styles of their own. */
class SemanticHighlightingTest extends WorkbenchTest {

	@Test
	void aReferenceAndItsDeclarationAreStyledDifferently() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		int declaration = Examples.offsetOf(contoso, "frontend pool FE") + "frontend pool ".length();
		int reference = Examples.offsetOf(contoso, "nexthop FE") + "nexthop ".length();
		int keyword = Examples.offsetOf(contoso, "nexthop FE");

		editor.waitUntil(() -> editor.foregroundAt(reference) != null && editor.foregroundAt(declaration) != null);

		StyleRange declared = editor.styleAt(declaration);
		StyleRange referenced = editor.styleAt(reference);
		assertNotNull(declared.foreground, "the declared name is highlighted");
		assertNotNull(referenced.foreground, "the reference is highlighted");
		assertNotEquals(declared.foreground, referenced.foreground);
		assertTrue((declared.fontStyle & SWT.BOLD) != 0, "declared names are bold");
		assertEquals(0, referenced.fontStyle & SWT.BOLD, "references are not");
		assertNotEquals(editor.foregroundAt(keyword), referenced.foreground, "a reference is no keyword");
		assertEquals(referenced.foreground,
				editor.foregroundAt(Examples.offsetOf(contoso, "store SQLPC.MGC") + "store SQLPC.".length()),
				"a qualified reference is one reference, its last segment included");
	}

	@Test
	void hyphenatedNamesAreStyledWholeAndDataCentersAsReferences() throws Exception {
		String stretched = Examples.stretchedPool();
		OpenedEditor editor = open("stretched-pool.pctopo", stretched);
		int declaration = Examples.offsetOf(stretched, "sqlserver dub1-sql-01") + "sqlserver ".length();
		int reference = Examples.offsetOf(stretched, "store dub1-sql-01.MGC") + "store ".length();
		int datacenter = Examples.offsetOf(stretched, "datacenter DUB2") + "datacenter ".length();
		editor.waitUntil(() -> editor.foregroundAt(datacenter) != null && editor.foregroundAt(reference) != null);

		StyleRange declared = editor.styleAt(declaration);
		assertTrue((declared.fontStyle & SWT.BOLD) != 0, "declared names are bold");
		assertEquals(declared.foreground, editor.foregroundAt(declaration + "dub1-sql-".length()), "past the hyphens");
		Color referenced = editor.foregroundAt(reference);
		assertEquals(referenced, editor.foregroundAt(reference + "dub1-sql-01.MG".length()), "the whole reference");
		assertEquals(referenced, editor.foregroundAt(datacenter), "a data center names a place, as a reference does");
		assertNotEquals(editor.foregroundAt(datacenter - "datacenter ".length()), referenced, "not the keyword's colour");
	}

	@Test
	void highlightingFollowsTyping() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		int reference = Examples.offsetOf(contoso, "nexthop FE") + "nexthop ".length();
		editor.waitUntil(() -> editor.foregroundAt(reference) != null);
		StyleRange referenced = editor.styleAt(reference);

		// Typing before the reference moves it; its style moves along at once, before any reconciling.
		editor.document().replace(0, 0, "// Contoso's topology\n");

		int moved = reference + "// Contoso's topology\n".length();
		assertEquals(referenced.foreground, editor.foregroundAt(moved));
		assertEquals(referenced.foreground, editor.foregroundAt(moved + 1));
	}
}
