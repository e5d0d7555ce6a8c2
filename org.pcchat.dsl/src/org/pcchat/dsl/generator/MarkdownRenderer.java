package org.pcchat.dsl.generator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checklist as Markdown: a heading per site, phase and element, a {@code - [ ]} task per item.
 * Topology text is escaped, commands are code spans, so nothing from the topology becomes markup.
 */
final class MarkdownRenderer implements ChecklistRenderer {

	private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>&#|!~]");
	private static final Pattern BACKTICKS = Pattern.compile("`+");

	private final StringBuilder out = new StringBuilder();

	@Override
	public String render(Checklist checklist) {
		out.append("<!-- ").append(ChecklistFormat.notice(checklist).replace("--", "- -")).append(" -->\n");
		out.append("# Deployment checklist: ").append(text(checklist.topology())).append("\n\n");
		out.append(text(Summary.of(checklist))).append("\n\n");
		out.append(Summary.INTRODUCTION.replace("To do items", "*To do* items").replace("Verify items", "*Verify* items"))
				.append('\n');
		writeFlagged(checklist);
		String site = "";
		for (Section section : checklist.sections()) {
			String heading = section.site() == null ? "Whole deployment" : "Site " + section.site();
			if (!heading.equals(site)) {
				out.append("\n## ").append(text(heading)).append('\n');
				site = heading;
			}
			out.append("\n### ").append(text(section.title())).append('\n');
			writeItems(section.items());
		}
		return out.toString();
	}

	private void writeItems(List<Item> items) {
		String element = null;
		for (Item item : items) {
			String heading = Summary.elementHeading(item);
			if (!Objects.equals(heading, element)) {
				out.append("\n#### ").append(text(heading)).append("\n\n");
				element = heading;
			}
			writeItem(item);
		}
	}

	/** The flagged items before everything else: what to resolve first, and where each one is. */
	private void writeFlagged(Checklist checklist) {
		List<Item> flagged = checklist.items().filter(Item::isFlagged).toList();
		if (flagged.isEmpty()) {
			return;
		}
		out.append("\n## Resolve first\n\n");
		for (Item item : flagged) {
			for (Flag flag : item.flags()) {
				out.append("- **").append(flag.severity()).append(' ').append(text(flag.rule())).append("** (line ")
						.append(flag.line()).append("): ").append(text(flag.message())).append(" (item ")
						.append(code(item.id())).append(")\n");
			}
		}
	}

	private void writeItem(Item item) {
		out.append("- [ ] **").append(item.kind().label()).append(":** ").append(text(item.what())).append('\n');
		for (Flag flag : item.flags()) {
			out.append("  - **Flagged ").append(flag.severity()).append(' ').append(text(flag.rule()))
					.append(flag.title().isEmpty() ? "" : " " + text(flag.title())).append("** (line ").append(flag.line())
					.append("): ").append(text(flag.message())).append(flag.fix().isEmpty() ? "" : ". Fix: " + text(flag.fix()))
					.append('\n');
		}
		if (!item.why().isEmpty()) {
			out.append("  - Why:\n");
			for (Reason reason : item.why()) {
				out.append("    - ").append(reason.rule() == null ? "" : reason.rule() + ": ").append(text(reason.requirement()))
						.append(" ([").append(text(reason.source().title())).append("](").append(reason.source().url())
						.append("))\n");
			}
		}
		writeCommands("Do", item.actions());
		writeCommands("Verify", item.verify());
		out.append("  - ID: ").append(code(item.id())).append('\n');
	}

	private void writeCommands(String label, List<String> commands) {
		if (!commands.isEmpty()) {
			out.append("  - ").append(label).append(": ")
					.append(commands.stream().map(MarkdownRenderer::code).collect(Collectors.joining(", "))).append('\n');
		}
	}

	/** Text with Markdown's special characters escaped and line breaks flattened. */
	static String text(String value) {
		String flat = value.replace("\r", " ").replace("\n", " ");
		return SPECIAL.matcher(flat).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
	}

	/** A code span whose fence is longer than any run of backticks inside it. */
	static String code(String value) {
		String flat = value.replace("\r", " ").replace("\n", " ");
		int longest = BACKTICKS.matcher(flat).results().mapToInt(match -> match.group().length()).max().orElse(0);
		String fence = "`".repeat(longest + 1);
		boolean pad = flat.startsWith("`") || flat.endsWith("`");
		return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
	}
}
