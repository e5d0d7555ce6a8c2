package org.pcchat.dsl.ui;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.pcchat.dsl.ide.PctopoIdeSetup;

import com.google.inject.Injector;

/** What the Eclipse plug-in declares, and the one language injector all its contributions share. */
public final class PctopoUi {

	public static final String BUNDLE_ID = "org.pcchat.dsl.ui";

	/** The content type of {@code .pctopo} files, declared in plugin.xml. */
	public static final String CONTENT_TYPE_ID = BUNDLE_ID + ".contentType";

	private PctopoUi() {
	}

	/** The ide services of the language plus the editor bindings; created on first use. */
	public static Injector injector() {
		return InjectorHolder.INJECTOR;
	}

	/**
	 * Whether a document holds the text of a {@code .pctopo} file. Contributions that the platform
	 * offers every Generic Editor (hyperlink detectors, adapters) ask before they act.
	 */
	public static boolean isTopology(IDocument document) {
		ITextFileBuffer buffer = document == null ? null
				: FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return false;
		}
		try {
			IContentType type = buffer.getContentType();
			return type != null && type.isKindOf(Platform.getContentTypeManager().getContentType(CONTENT_TYPE_ID));
		} catch (CoreException e) {
			return false; // the buffer's file is gone: nothing to offer
		}
	}

	// The JVM initialises this class once, on first use, and thread-safely.
	private static final class InjectorHolder {
		static final Injector INJECTOR = new PctopoIdeSetup().createInjectorAndDoEMFRegistration()
				.createChildInjector(new PctopoEditorModule());
	}
}
