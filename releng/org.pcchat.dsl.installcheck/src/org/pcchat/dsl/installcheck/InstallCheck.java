package org.pcchat.dsl.installcheck;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks, inside an installed Eclipse, that bundles are there, resolve and start, that a static
 * method of one of them runs, and that extensions are registered: arguments {@code BUNDLE...},
 * {@code --call BUNDLE/CLASS#METHOD} and {@code --extension POINT/ID}. Prints one line per check
 * and a summary; the exit code is 0 only when every check passed.
 */
public class InstallCheck implements IApplication {

	private final List<String> failures = new ArrayList<>();
	private int passed;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundles = FrameworkUtil.getBundle(InstallCheck.class).getBundleContext();
		for (int i = 0; i < args.length; i++) {
			if ("--call".equals(args[i]) && i + 1 < args.length) {
				checkCall(bundles, args[++i]);
			} else if ("--extension".equals(args[i]) && i + 1 < args.length) {
				checkExtension(args[++i]);
			} else if (!args[i].startsWith("-")) {
				checkStarts(bundles, args[i]);
			}
		}
		System.out.println("install check: " + passed + " passed, " + failures.size() + " failed");
		return failures.isEmpty() && passed > 0 ? EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// the checks run to their end; nothing to interrupt
	}

	private void checkStarts(BundleContext bundles, String symbolicName) {
		Optional<Bundle> bundle = find(bundles, symbolicName);
		if (bundle.isEmpty()) {
			fail(symbolicName + ": not installed");
			return;
		}
		try {
			bundle.get().start(Bundle.START_TRANSIENT);
			pass(symbolicName + " " + bundle.get().getVersion() + ": " + stateOf(bundle.get()));
		} catch (BundleException e) {
			fail(symbolicName + ": " + e.getMessage());
		}
	}

	private void checkCall(BundleContext bundles, String spec) {
		String[] parts = spec.split("[/#]");
		Optional<Bundle> bundle = parts.length == 3 ? find(bundles, parts[0]) : Optional.empty();
		if (bundle.isEmpty()) {
			fail(spec + ": no such bundle (expected BUNDLE/CLASS#METHOD)");
			return;
		}
		try {
			Method method = bundle.get().loadClass(parts[1]).getMethod(parts[2]);
			Object result = method.invoke(null);
			pass(spec + " returned " + (result == null ? "null" : result.getClass().getName()));
		} catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			fail(spec + ": " + cause);
		}
	}

	private void checkExtension(String spec) {
		int slash = spec.lastIndexOf('/');
		if (slash > 0 && Platform.getExtensionRegistry().getExtension(spec.substring(0, slash), spec.substring(slash + 1)) != null) {
			pass("extension " + spec);
		} else {
			fail("extension " + spec + ": not registered");
		}
	}

	private static Optional<Bundle> find(BundleContext bundles, String symbolicName) {
		return Arrays.stream(bundles.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
	}

	private static String stateOf(Bundle bundle) {
		return switch (bundle.getState()) {
			case Bundle.ACTIVE -> "ACTIVE";
			case Bundle.STARTING -> "STARTING";
			case Bundle.RESOLVED -> "RESOLVED";
			case Bundle.INSTALLED -> "INSTALLED";
			default -> "state " + bundle.getState();
		};
	}

	private void pass(String what) {
		passed++;
		System.out.println("  ok " + what);
	}

	private void fail(String what) {
		failures.add(what);
		System.out.println("  FAILED " + what);
	}
}
