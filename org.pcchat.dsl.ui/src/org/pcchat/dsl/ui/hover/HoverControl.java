package org.pcchat.dsl.ui.hover;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The hover's control: its text as is, the first line bold, and no gap above it.
 * <p>
 * Works around the Generic Editor's {@code CompositeInformationControl} (org.eclipse.ui.genericeditor
 * 1.4.0), which stacks the controls of every hover with something to say: it sizes the popup from
 * its controls' size constraints (12 lines each) rather than their text, and every control takes an
 * equal share of the height left over (eclipse-platform/eclipse.platform.ui#759). On a diagnostic the
 * platform's annotation hover says the message again, on one unwrapped line. So this control, once
 * placed in the composite, hides a neighbour whose text it already shows and lets no other neighbour
 * take the spare height: the rule follows directly, and what is left over stays below it.
 * {@code HoverTest} fails if the composite lays the popup out differently.
 */
final class HoverControl extends DefaultInformationControl implements IInformationControlExtension2 {

	/** What to show, and the platform annotation texts it already says. */
	record Input(String text, Set<String> covers) {
	}

	private Set<String> covers = Set.of();

	// Set while the superclass constructor runs: no initializer.
	private Composite content;

	HoverControl(Shell parent) {
		super(parent, EditorsUI.getTooltipAffordanceString(), new HeadingPresenter());
	}

	@Override
	public void setInput(Object input) {
		if (input instanceof Input given) {
			covers = given.covers();
			setInformation(given.text());
		} else {
			covers = Set.of();
			setInformation(input == null ? null : input.toString());
		}
	}

	@Override
	protected void createContent(Composite parent) {
		super.createContent(parent);
		content = parent;
	}

	@Override
	public Point computeSizeHint() {
		tidyNeighbours();
		return super.computeSizeHint();
	}

	private void tidyNeighbours() {
		if (content == null || !(content.getParent() instanceof Composite stack) || stack == getShell()) {
			return;
		}
		for (Control neighbour : stack.getChildren()) {
			if (neighbour != content && neighbour.getLayoutData() instanceof GridData data
					&& data.grabExcessVerticalSpace) {
				data.grabExcessVerticalSpace = false;
				data.verticalAlignment = GridData.BEGINNING;
				boolean repeated = texts(neighbour).stream().anyMatch(text -> covers.contains(text.strip()));
				data.exclude = repeated;
				neighbour.setVisible(!repeated);
			}
		}
	}

	private static List<String> texts(Control control) {
		if (control instanceof StyledText styled) {
			return List.of(styled.getText());
		}
		if (control instanceof Composite composite) {
			return Arrays.stream(composite.getChildren()).flatMap(child -> texts(child).stream()).toList();
		}
		return List.of();
	}
}
