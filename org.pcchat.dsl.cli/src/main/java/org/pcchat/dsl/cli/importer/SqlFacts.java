package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The SQL facts of one machine: the {@code sql} attribute of a SQL server (from the instances the
 * topology uses; of several versions, the oldest, since that is what the rules must judge), and
 * what the facts say against the topology document about its instances.
 */
final class SqlFacts {

	private final Draft.Machine machine;
	private final Facts facts;
	private final boolean factsWin;
	private final Warnings warnings;

	SqlFacts(Draft.Machine machine, Facts facts, boolean factsWin, Warnings warnings) {
		this.machine = machine;
		this.facts = facts;
		this.factsWin = factsWin;
		this.warnings = warnings;
	}

	void apply() {
		List<Draft.Instance> instances = machine instanceof Draft.SqlServer sql ? sql.instances
				: machine instanceof Draft.Standard standard ? standard.instances : List.of();
		List<Facts.SqlInstance> used = new ArrayList<>();
		for (Draft.Instance instance : instances) {
			Facts.SqlInstance fact = facts.sqlInstances().stream()
					.filter(f -> f.name() != null && f.name().equalsIgnoreCase(instance.name)).findFirst().orElse(null);
			if (fact == null) {
				warnings.add(facts.path(), "the topology document has SQL instance " + instance.name + " on " + machine.fqdn
						+ ", the facts list " + names() + "; the instance is kept, as the document defines the deployment");
				instance.comments.add("The facts of " + facts.fqdn() + " do not list this instance.");
				continue;
			}
			used.add(fact);
			alwaysOn(instance, fact);
		}
		if (machine instanceof Draft.SqlServer sql) {
			sql.sql = installation(used.isEmpty() ? facts.sqlInstances() : used);
		}
	}

	private void alwaysOn(Draft.Instance instance, Facts.SqlInstance fact) {
		if (fact.alwaysOn() == null || fact.alwaysOn() == instance.alwaysOn) {
			return;
		}
		String document = instance.alwaysOn ? "in an AlwaysOn availability group" : "not in an availability group";
		String said = fact.alwaysOn() ? "AlwaysOn enabled (IsHadrEnabled 1)" : "AlwaysOn not enabled (IsHadrEnabled 0)";
		warnings.add(facts.path(), "the topology document has SQL instance " + instance.name + " on " + machine.fqdn + " "
				+ document + ", the facts say " + said + "; " + (factsWin ? "the fact is written (--facts-win)"
						: "the document's is written (--facts-win writes the fact)"));
		instance.comments.add("The topology document and the facts disagree on AlwaysOn; "
				+ (factsWin ? "the facts'" : "the document's") + " is written.");
		if (factsWin) {
			instance.alwaysOn = fact.alwaysOn();
		}
	}

	/** The {@code sql} attribute: the oldest installation among the instances, with a warning when they differ. */
	private Draft.Sql installation(List<Facts.SqlInstance> instances) {
		List<Draft.Sql> known = new ArrayList<>();
		for (Facts.SqlInstance instance : instances) {
			SqlBuilds.Build build = SqlBuilds.of(instance.version());
			if (build == null) {
				if (instance.version() != null) {
					machine.notes.addAll(Comments.wrap("Facts not written: SQL Server build " + instance.version() + " of instance "
							+ instance.name() + " is not a version pcchat knows."));
					warnings.add(facts.path(), "SQL Server build " + instance.version() + " (instance " + instance.name()
							+ ") is not a version pcchat knows; not written for " + machine.fqdn);
				}
				continue;
			}
			String edition = FactValues.sqlEdition(instance.edition());
			if (edition == null && instance.edition() != null) {
				machine.notes.addAll(Comments.wrap("Facts not written: the SQL Server edition '" + instance.edition()
						+ "' is not one the language knows."));
			}
			known.add(new Draft.Sql(build.version(), build.servicePack() > 0 ? build.servicePack() : null, edition,
					FactValues.sqlX86(instance.edition())));
		}
		if (known.isEmpty()) {
			return null;
		}
		Comparator<Draft.Sql> age = Comparator.comparing(Draft.Sql::version)
				.thenComparing(sql -> sql.servicePack() == null ? 0 : sql.servicePack());
		known.sort(age);
		if (known.stream().map(SqlFacts::describe).distinct().count() > 1) {
			warnings.add(facts.path(), "the SQL instances of " + machine.fqdn + " run different versions ("
					+ String.join(", ", known.stream().map(SqlFacts::describe).distinct().toList())
					+ "); the oldest is written, since the rules must judge it");
		}
		return known.get(0);
	}

	private String names() {
		List<String> names = facts.sqlInstances().stream().map(Facts.SqlInstance::name)
				.map(name -> name == null ? "?" : name.toUpperCase(Locale.ROOT)).toList();
		return names.isEmpty() ? "no instance" : String.join(", ", names);
	}

	/** How a SQL installation reads in messages. */
	private static String describe(Draft.Sql sql) {
		return sql.version() + (sql.servicePack() != null ? " SP" + sql.servicePack() : "")
				+ (sql.edition() != null ? " " + sql.edition() : "");
	}
}
