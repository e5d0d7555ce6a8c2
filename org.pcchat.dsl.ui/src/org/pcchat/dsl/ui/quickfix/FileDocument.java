package org.pcchat.dsl.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

/**
 * The document of a workspace file, shared with any editor that has it open: a fix applied to it
 * appears in the editor (unsaved, undoable); a file open nowhere is saved after the fix.
 */
final class FileDocument implements AutoCloseable {

	private static final ITextFileBufferManager BUFFERS = FileBuffers.getTextFileBufferManager();

	private final IPath path;
	private final ITextFileBuffer buffer;
	private final boolean openElsewhere;

	private FileDocument(IPath path, ITextFileBuffer buffer, boolean openElsewhere) {
		this.path = path;
		this.buffer = buffer;
		this.openElsewhere = openElsewhere;
	}

	static FileDocument connect(IFile file) throws CoreException {
		IPath path = file.getFullPath();
		boolean openElsewhere = BUFFERS.getTextFileBuffer(path, LocationKind.IFILE) != null;
		BUFFERS.connect(path, LocationKind.IFILE, null);
		return new FileDocument(path, BUFFERS.getTextFileBuffer(path, LocationKind.IFILE), openElsewhere);
	}

	IDocument document() {
		return buffer.getDocument();
	}

	/** Where the marker's text is now, when an editor tracks it through unsaved edits; else null. */
	Position positionOf(IMarker marker) {
		return buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel markers
				? markers.getMarkerPosition(marker)
				: null;
	}

	/** Saves the change unless an editor holds the document: there the user saves, as after typing. */
	void keepChange() throws CoreException {
		if (!openElsewhere && buffer.isDirty()) {
			buffer.commit(null, false);
		}
	}

	@Override
	public void close() throws CoreException {
		BUFFERS.disconnect(path, LocationKind.IFILE, null);
	}
}
