package org.pcchat.dsl.ui;

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

	// The JVM initialises this class once, on first use, and thread-safely.
	private static final class InjectorHolder {
		static final Injector INJECTOR = new PctopoIdeSetup().createInjectorAndDoEMFRegistration()
				.createChildInjector(new PctopoEditorModule());
	}
}
