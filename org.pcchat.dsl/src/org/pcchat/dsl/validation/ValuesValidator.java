package org.pcchat.dsl.validation;

import static org.pcchat.dsl.model.ElementKinds.label;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.model.Vocabulary;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.Product;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.rules.Rules;

/**
 * Values the language does not know (rule PC006): a version, edition, operating system, architecture,
 * prerequisite, server state or product it cannot read. The attribute is then unknown, and the rules
 * that judge it ask {@link Values}, which answers nothing for it: one diagnosis, on the value, instead
 * of a confident wrong one.
 */
public class ValuesValidator extends PctopoConcernValidator {

	// docs/LANGUAGE.md, docs/rules.md#pc006: a value the language does not know is PC006 with "did you mean".
	@Check
	public void checkProductKnown(Product product) {
		reportUnknown(product, Literals.PRODUCT__KIND, "The topology");
	}

	@Check
	public void checkSqlValuesKnown(SqlInstallation sql) {
		reportUnknown(sql, Literals.SQL_INSTALLATION__VERSION, label(sql.eContainer()));
		reportUnknown(sql, Literals.SQL_INSTALLATION__EDITION, label(sql.eContainer()));
	}

	@Check
	public void checkOperatingSystemKnown(OperatingSystem os) {
		reportUnknown(os, Literals.OPERATING_SYSTEM__VERSION, label(os.eContainer()));
		reportUnknown(os, Literals.OPERATING_SYSTEM__EDITION, label(os.eContainer()));
	}

	@Check
	public void checkArchitectureKnown(Hardware hardware) {
		reportUnknown(hardware, Literals.HARDWARE__ARCH, label(hardware.eContainer()));
	}

	@Check
	public void checkServerStateKnown(Server server) {
		reportUnknown(server, Literals.SERVER__STATE, label(server));
	}

	@Check
	public void checkInstalledItemsKnown(Installed installed) {
		List<String> items = installed.getItems();
		for (int index = 0; index < items.size(); index++) {
			String item = items.get(index);
			if (!Values.isKnown(Literals.INSTALLED__ITEMS, item)) {
				List<String> closest = Values.PREREQUISITES.closest(item);
				// data: the closest prerequisites, each a quick fix
				reportAt(Rules.UNKNOWN_VALUE, label(installed.eContainer()) + " lists '" + item + "' as installed, which"
						+ " is neither a prerequisite pcchat knows (" + String.join(", ", Values.PREREQUISITES.literals())
						+ ") nor a hotfix (KB and its number, e.g. KB2982006)" + didYouMean(closest), installed,
						Literals.INSTALLED__ITEMS, index, closest.toArray(String[]::new));
			}
		}
	}

	private void reportUnknown(EObject owner, EAttribute attribute, String whose) {
		Object written = owner.eGet(attribute);
		if (!(written instanceof String word) || Values.isKnown(attribute, word)) {
			return;
		}
		Vocabulary<?> vocabulary = Values.vocabularyOf(attribute);
		List<String> closest = vocabulary.closest(word);
		String known = closest.isEmpty() ? "; it knows " + String.join(", ", vocabulary.literals()) : "";
		// data: the closest known values, each a quick fix
		report(Rules.UNKNOWN_VALUE, whose + " names the " + vocabulary.noun() + " '" + word + "', which pcchat does not"
				+ " know, so no rule checks it" + known + didYouMean(closest), owner, attribute,
				closest.toArray(String[]::new));
	}

	private static String didYouMean(List<String> closest) {
		if (closest.isEmpty()) {
			return "";
		}
		String choices = closest.size() == 1 ? closest.get(0)
				: String.join(", ", closest.subList(0, closest.size() - 1)) + " or " + closest.get(closest.size() - 1);
		return "; did you mean " + choices + "?";
	}
}
