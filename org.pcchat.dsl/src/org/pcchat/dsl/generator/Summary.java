package org.pcchat.dsl.generator;

/** Sentences that every human-readable format shows the same way. */
final class Summary {

	/** What the reader does with the list, the same in every human-readable format. */
	static final String INTRODUCTION = "Work through the sections in order and tick each item when it is done. To do"
			+ " items are steps to take; Verify items check what the topology does not say or what already runs."
			+ " Flagged items carry the topology's diagnostics: resolve them first.";

	private Summary() {
	}

	/** "Lync Server 2013, from contoso.pctopo: 60 items, 52 to do and 8 to verify; 0 errors, 0 warnings." */
	static String of(Checklist checklist) {
		long items = checklist.items().count();
		String source = checklist.source().isEmpty() ? "" : ", from " + checklist.source();
		long runbook = checklist.count(Kind.RUNBOOK);
		return checklist.product() + source + ": " + items + " items, " + checklist.count(Kind.TODO) + " to do"
				+ (runbook == 0 ? " and " : ", ") + checklist.count(Kind.VERIFY) + " to verify"
				+ (runbook == 0 ? "" : " and " + plural(runbook, "runbook step")) + "; " + plural(checklist.errors(), "error")
				+ " and " + plural(checklist.warnings(), "warning") + " flagged.";
	}

	/** The heading of an item's element: its label and, where its commands run, the machine. */
	static String elementHeading(Item item) {
		String element = item.element().isEmpty() ? item.element()
				: Character.toUpperCase(item.element().charAt(0)) + item.element().substring(1);
		return item.machine() == null ? element : element + " on " + item.machine();
	}

	static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
