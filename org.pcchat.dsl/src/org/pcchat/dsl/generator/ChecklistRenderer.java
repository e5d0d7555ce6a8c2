package org.pcchat.dsl.generator;

/** Writes a checklist in one format. */
interface ChecklistRenderer {

	String render(Checklist checklist);
}
