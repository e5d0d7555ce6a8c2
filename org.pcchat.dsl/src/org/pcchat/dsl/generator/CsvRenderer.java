package org.pcchat.dsl.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The checklist as CSV (RFC 4180): a header row, then one item per row; records end with CRLF,
 * fields with a comma, quote, CR or LF are quoted with inner quotes doubled. Lists inside a
 * field (rules, commands, flags) are one per line. No cell starts a formula.
 */
final class CsvRenderer implements ChecklistRenderer {

	/** The header row; RFC 4180 has no comments, so this exact row is what marks pcchat's CSV. */
	static final String HEADER = "id,step,phase,site,element,machine,kind,what,why,actions,verify,flags";

	private static final String RECORD_END = "\r\n";

	@Override
	public String render(Checklist checklist) {
		StringBuilder out = new StringBuilder(HEADER).append(RECORD_END);
		checklist.items().forEach(item -> out.append(row(item)).append(RECORD_END));
		return out.toString();
	}

	private static String row(Item item) {
		List<String> fields = List.of(item.id(), String.valueOf(item.phase().number()), item.phase().key(),
				nullToEmpty(item.site()), item.element(), nullToEmpty(item.machine()), item.kind().key(), item.what(),
				item.why().stream().map(CsvRenderer::reason).collect(Collectors.joining("\n")),
				String.join("\n", item.actions()), String.join("\n", item.verify()),
				item.flags().stream().map(CsvRenderer::flag).collect(Collectors.joining("\n")));
		return fields.stream().map(CsvRenderer::field).collect(Collectors.joining(","));
	}

	private static String reason(Reason reason) {
		return (reason.rule() == null ? "" : reason.rule() + ": ") + reason.requirement() + " " + reason.source().url();
	}

	private static String flag(Flag flag) {
		return flag.severity() + " " + flag.rule() + " (line " + flag.line() + "): " + flag.message()
				+ (flag.fix().isEmpty() ? "" : ". Fix: " + flag.fix());
	}

	/** What makes a spreadsheet read a cell as a formula when it comes first (OWASP, "CSV Injection"). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/**
	 * RFC 4180, 2.6 and 2.7: quote what needs it, double the quotes inside. A value a spreadsheet
	 * would run as a formula (an FQDN written as {@code "=HYPERLINK(...)"}) gets a leading apostrophe,
	 * which spreadsheets show as text and do not display.
	 */
	static String field(String text) {
		String value = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
