package org.pcchat.dsl.generator;

import java.util.List;
import java.util.Objects;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The checklist as one self-contained HTML page: a table of contents, the flagged items first with
 * links to them, every item with a checkbox whose state the browser keeps ({@link HtmlAssets}), and
 * a print style. Inline CSS and script, no external resource, so it opens and prints anywhere
 * without a network; links lead only to the pages the items cite. Every string is escaped.
 */
final class HtmlRenderer implements ChecklistRenderer {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private final StringBuilder out = new StringBuilder();

	@Override
	public String render(Checklist checklist) {
		String title = "Deployment checklist: " + checklist.topology();
		out.append("<!DOCTYPE html>\n<!-- ").append(esc(ChecklistFormat.notice(checklist))).append(" -->\n")
				.append("<html lang=\"en\" data-checklist=\"").append(esc(checklist.topology())).append("\">\n<head>\n")
				.append("<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"pcchat\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(esc(title)).append("</title>\n<style>\n").append(HtmlAssets.STYLE).append("</style>\n")
				.append("</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"summary\">")
				.append(esc(Summary.of(checklist))).append("</p>\n<p class=\"summary\">").append(esc(Summary.INTRODUCTION))
				.append("</p>\n<div class=\"progress\"><span id=\"progress\" role=\"status\">")
				.append(checklist.items().count()).append(" items</span>")
				.append("<button type=\"button\" id=\"clear\">Clear ticks</button></div>\n</header>\n");
		writeContents(checklist);
		out.append("<main>\n");
		writeFlagged(checklist);
		writeSections(checklist.sections());
		out.append("</main>\n<script>\n").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
		return out.toString();
	}

	/** The table of contents: what to resolve first, then each part (site or whole deployment) and its phases. */
	private void writeContents(Checklist checklist) {
		out.append("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
		long flagged = checklist.flaggedCount();
		if (flagged > 0) {
			out.append("<li><a href=\"#resolve-first\">Resolve first</a> (").append(Summary.plural(flagged, "flagged item"))
					.append(")</li>\n");
		}
		String part = null;
		for (Section section : checklist.sections()) {
			String heading = partOf(section);
			if (!heading.equals(part)) {
				out.append(part == null ? "" : "</ol></li>\n").append("<li>").append(esc(heading)).append("\n<ol>\n");
				part = heading;
			}
			out.append("<li><a href=\"#").append(esc(section.id())).append("\">").append(esc(section.title()))
					.append("</a></li>\n");
		}
		out.append(part == null ? "" : "</ol></li>\n").append("</ol>\n</nav>\n");
	}

	/** Every flag with a link to its item, so the change window starts with what blocks it. */
	private void writeFlagged(Checklist checklist) {
		List<Item> flagged = checklist.items().filter(Item::isFlagged).toList();
		if (flagged.isEmpty()) {
			return;
		}
		out.append("<section id=\"resolve-first\">\n<h2>Resolve first</h2>\n<ul>\n");
		for (Item item : flagged) {
			for (Flag flag : item.flags()) {
				out.append("<li class=\"flag ").append(esc(flag.severity())).append("\"><a href=\"#").append(esc(item.id()))
						.append("\"><strong>").append(esc(flag.severity())).append(' ').append(esc(flag.rule()))
						.append("</strong> ").append(esc(Summary.elementHeading(item))).append("</a> (line ").append(flag.line())
						.append("): ").append(esc(flag.message())).append(fix(flag)).append("</li>\n");
			}
		}
		out.append("</ul>\n</section>\n");
	}

	private void writeSections(List<Section> sections) {
		String part = "";
		for (Section section : sections) {
			String heading = partOf(section);
			if (!heading.equals(part)) {
				out.append("<h2>").append(esc(heading)).append("</h2>\n");
				part = heading;
			}
			out.append("<section id=\"").append(esc(section.id())).append("\">\n<h3>").append(esc(section.title()))
					.append("</h3>\n");
			writeItems(section.items());
			out.append("</section>\n");
		}
	}

	private static String partOf(Section section) {
		return section.site() == null ? "Whole deployment" : "Site " + section.site();
	}

	private void writeItems(List<Item> items) {
		String element = null;
		for (Item item : items) {
			String heading = Summary.elementHeading(item);
			if (!Objects.equals(heading, element)) {
				out.append(element == null ? "" : "</ul>\n").append("<h4>").append(esc(heading)).append("</h4>\n")
						.append("<ul class=\"items\">\n");
				element = heading;
			}
			writeItem(item);
		}
		if (element != null) {
			out.append("</ul>\n");
		}
	}

	private void writeItem(Item item) {
		out.append("<li class=\"item ").append(item.kind().key()).append(item.isFlagged() ? " flagged" : "")
				.append("\" id=\"").append(esc(item.id())).append("\">\n<input type=\"checkbox\" autocomplete=\"off\" aria-label=\"")
				.append(esc(item.kind().label() + ": " + item.what())).append("\">\n<div>\n<p class=\"what\"><span class=\"kind\">")
				.append(esc(item.kind().label())).append("</span>").append(esc(item.what())).append("</p>\n");
		for (Flag flag : item.flags()) {
			out.append("<p class=\"flag ").append(esc(flag.severity())).append("\"><strong>").append(esc(flag.severity()))
					.append(' ').append(esc(flag.rule())).append(flag.title().isEmpty() ? "" : " " + esc(flag.title()))
					.append("</strong> (line ").append(flag.line()).append("): ").append(esc(flag.message())).append(fix(flag))
					.append("</p>\n");
		}
		out.append("<dl>\n");
		if (!item.why().isEmpty()) {
			out.append("<dt>Why</dt><dd><ul class=\"why\">");
			for (Reason reason : item.why()) {
				out.append("<li>").append(reason.rule() == null ? "" : "<span class=\"rule\">" + esc(reason.rule()) + "</span> ")
						.append(esc(reason.requirement())).append(" <a class=\"source\" href=\"")
						.append(esc(reason.source().url())).append("\">").append(esc(reason.source().title())).append("</a></li>");
			}
			out.append("</ul></dd>\n");
		}
		writeCommands("Do", item.actions());
		writeCommands("Verify", item.verify());
		out.append("</dl>\n<span class=\"id\">").append(esc(item.id())).append("</span>\n</div>\n</li>\n");
	}

	private static String fix(Flag flag) {
		return flag.fix().isEmpty() ? "" : ". <span class=\"fix\">Fix: " + esc(flag.fix()) + "</span>";
	}

	private void writeCommands(String label, List<String> commands) {
		if (commands.isEmpty()) {
			return;
		}
		out.append("<dt>").append(label).append("</dt><dd>");
		commands.forEach(command -> out.append("<code>").append(esc(command)).append("</code>"));
		out.append("</dd>\n");
	}

	private static String esc(String value) {
		return ESCAPER.escape(value == null ? "" : value);
	}
}
