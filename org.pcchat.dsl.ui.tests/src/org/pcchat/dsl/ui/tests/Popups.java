package org.pcchat.dsl.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** What the editor shows in shells of its own: the content assist list, hovers. */
final class Popups {

	private Popups() {
	}

	/** Visible shells other than the workbench windows. */
	static List<Shell> visible(Display display) {
		return Arrays.stream(display.getShells())
				.filter(shell -> shell.isVisible() && shell.getParent() != null)
				.toList();
	}

	/** The rows of the lists in visible popups (the proposal list of content assist). */
	static List<String> listRows(Display display) {
		List<String> rows = new ArrayList<>();
		for (Shell shell : visible(display)) {
			for (Control control : descendants(shell)) {
				if (control instanceof Table table) {
					for (TableItem item : table.getItems()) {
						rows.add(item.getText());
					}
				}
			}
		}
		return rows;
	}

	/** All visible text in visible popups, with runs of white space made single spaces. */
	static String text(Display display) {
		StringBuilder text = new StringBuilder();
		for (Shell shell : visible(display)) {
			for (Control control : descendants(shell)) {
				if (!control.isVisible()) {
					continue;
				}
				if (control instanceof StyledText styled) {
					text.append(styled.getText()).append(' ');
				} else if (control instanceof Text plain) {
					text.append(plain.getText()).append(' ');
				} else if (control instanceof Label label) {
					text.append(label.getText()).append(' ');
				}
			}
		}
		return normalized(text.toString());
	}

	/** The texts of the visible text controls in visible popups, top to bottom, white space made single spaces. */
	static List<String> texts(Display display) {
		List<String> texts = new ArrayList<>();
		for (Shell shell : visible(display)) {
			for (Control control : descendants(shell)) {
				if (control instanceof StyledText styled && styled.isVisible()) {
					texts.add(normalized(styled.getText()));
				}
			}
		}
		return texts;
	}

	static String normalized(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static List<Control> descendants(Composite parent) {
		List<Control> all = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			all.add(child);
			if (child instanceof Composite composite) {
				all.addAll(descendants(composite));
			}
		}
		return all;
	}
}
