package org.pcchat.dsl.ui.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.pcchat.dsl.ui.model.TopologyDocuments;
import org.pcchat.dsl.ui.model.TopologySnapshot;

/**
 * The Outline view's page for a topology: sites, machines, pools and the other named elements,
 * refreshed after each reconciling pass; selecting one reveals it in the editor.
 */
final class TopologyOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final Consumer<TopologySnapshot> reconciled = this::showLater;

	TopologyOutlinePage(ITextEditor editor, IDocument document) {
		this.editor = editor;
		this.document = document;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new LabelProvider());
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
		show(TopologyDocuments.current(document));
		TopologyDocuments.addListener(document, reconciled);
	}

	@Override
	public void dispose() {
		TopologyDocuments.removeListener(document, reconciled);
		super.dispose();
	}

	// Called on the reconciler's thread.
	private void showLater(TopologySnapshot snapshot) {
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> show(snapshot));
		}
	}

	private void show(TopologySnapshot snapshot) {
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		List<OutlineNode> roots = snapshot.read(OutlineNode::treeOf);
		TreeViewer viewer = getTreeViewer();
		control.setRedraw(false);
		viewer.setInput(roots);
		viewer.expandAll();
		control.setRedraw(true);
	}

	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> roots ? roots.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}
}
