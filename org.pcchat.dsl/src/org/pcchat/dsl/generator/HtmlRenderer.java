package org.pcchat.dsl.generator;

import java.util.List;
import java.util.Objects;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The checklist as one self-contained HTML page: inline CSS with print styles, no script and no
 * external resource, so it opens and prints anywhere without a network. Every string is escaped.
 */
final class HtmlRenderer implements ChecklistRenderer {

	private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

	private static final String STYLE = """
			:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --line: #d5dbe1; --todo: #0b5cad;
			  --verify: #8a5a00; --error: #b3261e; --warning: #8a5a00; }
			* { box-sizing: border-box; }
			body { margin: 0 auto; max-width: 64rem; padding: 1.5rem 2rem 3rem; color: var(--ink);
			  font: 15px/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
			h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
			h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
			h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
			h4 { font-size: .95rem; margin: 1rem 0 .35rem; color: var(--muted); font-weight: 600; }
			p.summary { margin: 0 0 .5rem; color: var(--muted); }
			ul.items { list-style: none; margin: 0; padding: 0; }
			li.item { display: grid; grid-template-columns: 1.6rem 1fr; column-gap: .4rem; padding: .5rem .6rem;
			  margin: 0 0 .4rem; border: 1px solid var(--line); border-left: 4px solid var(--todo); border-radius: 4px;
			  break-inside: avoid; page-break-inside: avoid; }
			li.item.verify { border-left-color: var(--verify); }
			li.item.flagged { background: #fdf3f2; border-left-color: var(--error); }
			li.item input { width: 1.05rem; height: 1.05rem; margin: .2rem 0 0; }
			.what { margin: 0; }
			.kind { display: inline-block; min-width: 3.6rem; margin-right: .35rem; padding: 0 .35rem; border-radius: 3px;
			  font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff;
			  background: var(--todo); text-align: center; }
			.verify .kind { background: var(--verify); }
			dl { margin: .3rem 0 0; display: grid; grid-template-columns: 4rem 1fr; gap: .15rem .5rem; font-size: .88rem; }
			dt { color: var(--muted); font-weight: 600; }
			dd { margin: 0; min-width: 0; }
			code { display: block; margin: 0 0 .15rem; padding: .1rem .35rem; background: #f1f3f5; border-radius: 3px;
			  font: .82rem/1.35 Consolas, "DejaVu Sans Mono", Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
			.rule { font-weight: 600; }
			.source { color: var(--muted); font-size: .78rem; }
			.flag { margin: .3rem 0 0; padding: .2rem .45rem; border-radius: 3px; font-size: .88rem; color: var(--error);
			  background: #fff; border: 1px solid #efc2bf; }
			.flag.warning { color: var(--warning); border-color: #ead7b0; }
			.id { color: var(--muted); font-size: .75rem; }
			@page { margin: 1.4cm 1.2cm; }
			@media print {
			  body { max-width: none; padding: 0; font-size: 10pt; }
			  h2 { break-after: avoid; page-break-after: avoid; }
			  h3, h4 { break-after: avoid; page-break-after: avoid; }
			  li.item { border-color: #999; }
			  li.item.flagged { background: none; }
			  code { background: none; border: 1px solid #ccc; }
			}
			""";

	private final StringBuilder out = new StringBuilder();

	@Override
	public String render(Checklist checklist) {
		String title = "Deployment checklist: " + checklist.topology();
		out.append("<!DOCTYPE html>\n<!-- ").append(esc(ChecklistFormat.notice(checklist))).append(" -->\n")
				.append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"generator\" content=\"pcchat\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
				.append("</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"summary\">")
				.append(esc(Summary.of(checklist))).append("</p>\n<p class=\"summary\">")
				.append(esc("Work through the sections in order. To do items are steps to take; Verify items check what"
						+ " the topology does not say. Flagged items carry the topology's diagnostics: resolve them first."))
				.append("</p>\n</header>\n<main>\n");
		writeSections(checklist.sections());
		out.append("</main>\n</body>\n</html>\n");
		return out.toString();
	}

	private void writeSections(List<Section> sections) {
		String site = "";
		for (Section section : sections) {
			String heading = section.site() == null ? "Whole deployment" : "Site " + section.site();
			if (!heading.equals(site)) {
				out.append("<h2>").append(esc(heading)).append("</h2>\n");
				site = heading;
			}
			out.append("<section id=\"").append(esc(section.id())).append("\">\n<h3>").append(esc(section.title()))
					.append("</h3>\n");
			writeItems(section.items());
			out.append("</section>\n");
		}
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
				.append("\" id=\"").append(esc(item.id())).append("\">\n<input type=\"checkbox\" aria-label=\"")
				.append(esc(item.kind().label() + ": " + item.what())).append("\">\n<div>\n<p class=\"what\"><span class=\"kind\">")
				.append(esc(item.kind().label())).append("</span>").append(esc(item.what())).append("</p>\n<dl>\n<dt>Why</dt><dd>");
		for (Reason reason : item.why()) {
			out.append("<span class=\"rule\" title=\"").append(esc(reason.source())).append("\">").append(esc(reason.rule()))
					.append("</span> ").append(esc(reason.title())).append(" <span class=\"source\">")
					.append(esc(reason.source())).append("</span><br>");
		}
		out.append("</dd>\n");
		writeCommands("Do", item.actions());
		writeCommands("Verify", item.verify());
		out.append("</dl>\n");
		for (Flag flag : item.flags()) {
			out.append("<p class=\"flag ").append(esc(flag.severity())).append("\"><strong>").append(esc(flag.severity()))
					.append(' ').append(esc(flag.rule())).append("</strong> (line ").append(flag.line()).append("): ")
					.append(esc(flag.message())).append("</p>\n");
		}
		out.append("<span class=\"id\">").append(esc(item.id())).append("</span>\n</div>\n</li>\n");
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
