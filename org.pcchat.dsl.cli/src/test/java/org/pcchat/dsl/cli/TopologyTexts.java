package org.pcchat.dsl.cli;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random topologies written the way the grammar allows: every element and attribute of
 * docs/LANGUAGE.md, each attribute present or not and in any order, supported and unsupported
 * versions, references that resolve and references that dangle (names come from one small pool),
 * hostile names and FQDNs, odd numbers, suppression comments.
 */
final class TopologyTexts {

	private static final List<String> NAMES = List.of("FE", "SQL", "SQLPC", "Share", "PChat", "pc1", "pc2", "fe1",
			"SE", "CA", "RTC", "MGC", "Main", "CON", "x", "^site", "^topology", "_", "a".repeat(300));
	private static final List<String> FQDNS = List.of("fe.contoso.com", "pc1.contoso.com", "pchat.contoso.com",
			"sql.contoso.com", "", " ", "../../x", "C:\\\\x", "\\\\\\\\fs\\\\share", "CON", "a..b", "-x.com",
			"ünïcödé.example", "*.contoso.com", "x".repeat(300), "\\u0000", "\\n", "\\\"", "é\u0301\uD83D\uDE00",
			"<script>alert(1)</script>", "--></p><script>x</script>", "[x](javascript:alert(1))", "=HYPERLINK(\\\"x\\\")");
	private static final List<String> BAD_ESCAPES = List.of("\\q", "\\u12", "\\");
	private static final List<String> NUMBERS = List.of("0", "1", "2", "4", "6", "8", "16", "32", "443", "2048",
			"5041", "65535", "65536", "30000", "150000", "2147483647");
	private static final List<String> TOO_BIG = List.of("2147483648", "99999999999999999999999");
	private static final List<String> RULES = List.of("PC201", "PC208", "PC001", "PC999", "PC", "pc201", "");

	private TopologyTexts() {
	}

	static Arbitrary<String> topologies() {
		Arbitrary<String> product = optional(Combinators.combine(of("Lync2013", "SkypeForBusiness2015"),
				optional(number().map(n -> " cu " + n))).as((kind, cu) -> "product " + kind + cu));
		Arbitrary<String> authorities = list(Combinators.combine(name(), string())
				.as((name, dn) -> "authority " + name + " " + dn), 2);
		return Combinators.combine(name(), product, authorities, list(site(), 2))
				.as((name, p, a, sites) -> "topology " + name + " {\n" + p + "\n" + a + "\n" + sites + "\n}\n");
	}

	private static Arbitrary<String> site() {
		Arbitrary<String> element = Arbitraries.oneOf(sqlServer(), fileShare(), standardServer(), frontEndPool(),
				chatPool());
		return Combinators.combine(name(), optional(string().map(tz -> "timezone " + tz)), list(element, 4))
				.as((name, tz, elements) -> "site " + name + " {\n" + tz + "\n" + elements + "\n}");
	}

	private static Arbitrary<String> sqlServer() {
		Arbitrary<String> sql = Combinators.combine(of("SQL2000", "SQL2005", "SQL2008", "SQL2008R2", "SQL2012",
				"SQL2014", "SQL2016", "SQL2017", "SQL2019", "SQL2022"), optional(number().map(n -> " sp " + n)),
				optional(of("Express", "Web", "Workgroup", "Standard", "Enterprise", "Developer").map(e -> " edition " + e)),
				optional(Arbitraries.just(" x86")))
				.as((version, sp, edition, x86) -> "sql " + version + sp + edition + x86);
		return block("sqlserver", name(), fqdn(), optional(sql), os(), hardware(), list(instance(), 3));
	}

	private static Arbitrary<String> fileShare() {
		return Combinators.combine(name(), string(), optional(name().map(host -> " on " + host)))
				.as((name, path, on) -> "fileshare " + name + " " + path + on);
	}

	private static Arbitrary<String> standardServer() {
		return block("frontend standard", name(), fqdn(), os(), hardware(), installed(), certificate(),
				list(instance(), 2));
	}

	private static Arbitrary<String> frontEndPool() {
		return block("frontend pool", name(), fqdn(), optional(reference().map(r -> "backend " + r)),
				optional(name().map(share -> "filestore " + share)), list(server(), 3));
	}

	private static Arbitrary<String> chatPool() {
		Arbitrary<String> header = Combinators.combine(name(), optional(Arbitraries.just(" single")),
				optional(name().map(host -> " on " + host))).as((name, single, on) -> name + single + on);
		Arbitrary<String> databases = Combinators.combine(databaseReference("store"), databaseReference("compliance"),
				databaseReference("backup"), databaseReference("mirror")).as((a, b, c, d) -> a + "\n" + b + "\n" + c + "\n" + d);
		return block("persistentchat pool", header, fqdn(), optional(number().map(n -> "port " + n)),
				optional(name().map(fe -> "nexthop " + fe)), databases, optional(name().map(share -> "filestore " + share)),
				optional(number().map(n -> "users " + n)), list(server(), 6));
	}

	private static Arbitrary<String> server() {
		Arbitrary<String> header = Combinators.combine(name(), optional(of(" active", " standby")))
				.as((name, state) -> name + state);
		return block("server", header, fqdn(), os(), optional(string().map(tz -> "timezone " + tz)), hardware(),
				installed(), certificate());
	}

	private static Arbitrary<String> os() {
		return optional(Combinators.combine(of("WindowsServer2003", "WindowsServer2008", "WindowsServer2008R2",
				"WindowsServer2012", "WindowsServer2012R2", "WindowsServer2016", "WindowsServer2019", "WindowsServer2022"),
				optional(of(" Standard", " Enterprise", " Datacenter", " Web", " HPC")),
				optional(number().map(n -> " sp " + n)), optional(Arbitraries.just(" core")))
				.as((version, edition, sp, core) -> "os " + version + edition + sp + core));
	}

	private static Arbitrary<String> hardware() {
		Arbitrary<String> field = Arbitraries.oneOf(of("arch x64", "arch x86", "arch ia64"),
				number().map(n -> "sockets " + n), number().map(n -> "cores " + n),
				Combinators.combine(number(), optional(number().map(n -> "." + n))).as((a, b) -> "clock " + a + b + " GHz"),
				number().map(n -> "memory " + n + " GB"), number().map(n -> "disks " + n),
				number().map(n -> "disks " + n + " ssd"),
				number().map(n -> "nics " + n), number().map(n -> "network " + n + " Gbps"));
		return optional(field.list().ofMaxSize(9).map(fields -> "hardware { " + String.join(" ", fields) + " }"));
	}

	private static Arbitrary<String> installed() {
		return optional(of("MSMQ", "DotNet45", "PowerShell3", "WIF").list().ofMinSize(1).ofMaxSize(5)
				.map(items -> "installed " + String.join(", ", items)));
	}

	private static Arbitrary<String> certificate() {
		return optional(Combinators.combine(string(), optional(string().list().ofMinSize(1).ofMaxSize(3)
				.map(names -> " san " + String.join(", ", names))), optional(name().map(ca -> " issuer " + ca)),
				optional(number().map(n -> " keysize " + n)))
				.as((subject, san, issuer, keysize) -> "certificate " + subject + san + issuer + keysize));
	}

	private static Arbitrary<String> instance() {
		return Combinators.combine(name(), optional(Arbitraries.just(" alwayson")))
				.as((name, alwaysOn) -> "instance " + name + alwaysOn);
	}

	private static Arbitrary<String> databaseReference(String keyword) {
		return optional(reference().map(r -> keyword + " " + r));
	}

	/** {@code KEYWORD HEADER { ... }} with the attributes in a random order, each on its own line. */
	@SafeVarargs
	private static Arbitrary<String> block(String keyword, Arbitrary<String> header, Arbitrary<String>... attributes) {
		Arbitrary<List<String>> all = Combinators.combine(List.of(attributes)).as(ArrayList::new);
		return Combinators.combine(suppression(), header, all.flatMap(Arbitraries::shuffle))
				.as((comment, head, body) -> comment + keyword + " " + head + " {\n" + String.join("\n", body) + "\n}");
	}

	/** Now and then a pcchat-ignore comment before an element, well-formed or not. */
	private static Arbitrary<String> suppression() {
		Arbitrary<String> comment = Combinators.combine(of(RULES), of(RULES), of("", ": a reason", ":"))
				.as((a, b, reason) -> "// pcchat-ignore " + a + " " + b + reason + "\n");
		return Arbitraries.frequencyOf(Tuple.of(1, comment), Tuple.of(9, Arbitraries.just("")));
	}

	private static Arbitrary<String> name() {
		Arbitrary<String> random = Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0', '9')
				.ofMinLength(1).ofMaxLength(6).filter(s -> !Character.isDigit(s.charAt(0)));
		return Arbitraries.frequencyOf(Tuple.of(4, of(NAMES)), Tuple.of(1, random));
	}

	private static Arbitrary<String> reference() {
		return Arbitraries.oneOf(name(), Combinators.combine(name(), name()).as((a, b) -> a + "." + b));
	}

	private static Arbitrary<String> fqdn() {
		return optional(string().map(value -> "fqdn " + value));
	}

	/** A string literal: from the list of odd values (already escaped as the language writes them) or random text. */
	private static Arbitrary<String> string() {
		Arbitrary<String> random = Arbitraries.strings().ofMaxLength(20)
				.map(value -> value.replace("\\", "\\\\").replace("\"", "\\\""));
		return Arbitraries.frequencyOf(Tuple.of(10, of(FQDNS)), Tuple.of(10, random), Tuple.of(1, of(BAD_ESCAPES)))
				.map(value -> '"' + value + '"');
	}

	private static Arbitrary<String> number() {
		return Arbitraries.frequencyOf(Tuple.of(40, of(NUMBERS)), Tuple.of(1, of(TOO_BIG)));
	}

	private static Arbitrary<String> optional(Arbitrary<String> present) {
		return Arbitraries.oneOf(Arbitraries.just(""), present, present);
	}

	private static Arbitrary<String> list(Arbitrary<String> element, int maxSize) {
		return element.list().ofMaxSize(maxSize).map(items -> String.join("\n", items));
	}

	private static Arbitrary<String> of(String... values) {
		return Arbitraries.of(values);
	}

	private static Arbitrary<String> of(List<String> values) {
		return Arbitraries.of(values);
	}
}
