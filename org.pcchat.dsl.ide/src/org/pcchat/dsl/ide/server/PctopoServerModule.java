package org.pcchat.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Singleton;

/**
 * pcchat's additions to Xtext's {@link ServerModule}. The language itself is not named here: the
 * server finds it like any Xtext language, through {@code META-INF/services/org.eclipse.xtext.ISetup}
 * ({@code PctopoIdeSetup}, generated into this bundle).
 */
public class PctopoServerModule extends AbstractModule {

	private final ServerSettings settings;

	public PctopoServerModule(ServerSettings settings) {
		this.settings = settings;
	}

	/** Xtext's server module with these additions. */
	public static Module with(ServerSettings settings) {
		return Modules2.mixin(new ServerModule(), new PctopoServerModule(settings));
	}

	@Override
	protected void configure() {
		bind(ServerSettings.class).toInstance(settings);
		bind(LanguageServerImpl.class).to(PctopoLanguageServer.class).in(Singleton.class);
		bind(WorkspaceManager.class).to(PctopoWorkspaceManager.class).in(Singleton.class);
		bind(ProjectManager.class).to(PctopoProjectManager.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReplacingIncrementalBuilder.class);
		bind(ILanguageServerShutdownAndExitHandler.class).to(SessionEnd.class);
	}
}
