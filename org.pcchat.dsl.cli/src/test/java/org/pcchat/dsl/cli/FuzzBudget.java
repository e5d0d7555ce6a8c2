package org.pcchat.dsl.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * The budget of a {@link Fuzz} property: how many inputs (the annotation's count times the system
 * property {@code fuzz.scale}), from which seed ({@code fuzz.seed}, else the fixed one), and at
 * most {@link #PER_INPUT} for each: an input that takes longer fails the property as a hang.
 */
public final class FuzzBudget implements AroundPropertyHook, AroundTryHook {

	/** The seed of every build, so that a failure is the same on every machine. */
	static final String SEED = "20130708";

	static final Duration PER_INPUT = Duration.ofSeconds(2);

	// One worker for all tries, so that the language's caches and the JIT stay warm; replaced when
	// an input hangs, since the hung thread cannot be taken back.
	private ExecutorService worker;

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		Fuzz fuzz = context.findAnnotation(Fuzz.class).orElseThrow();
		worker = newWorker();
		context.attributes().setTries(fuzz.inputs() * scale());
		String seed = System.getProperty("fuzz.seed", "");
		if (!seed.isBlank()) {
			context.attributes().setSeed(seed.strip());
		}
		try {
			return property.execute();
		} finally {
			worker.shutdownNow();
		}
	}

	@Override
	public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
		Future<TryExecutionResult> result = worker.submit(() -> aTry.execute(parameters));
		try {
			return result.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			result.cancel(true);
			worker.shutdownNow();
			worker = newWorker();
			return TryExecutionResult.falsified(new AssertionError("no result after " + PER_INPUT.toSeconds()
					+ " s: the input hangs the pipeline"));
		} catch (ExecutionException e) {
			return TryExecutionResult.falsified(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return TryExecutionResult.falsified(e);
		}
	}

	@Override
	public int aroundTryProximity() {
		return -100; // outermost: the time limit includes every other hook around the try
	}

	static int scale() {
		String scale = System.getProperty("fuzz.scale", "");
		return scale.isBlank() ? 1 : Math.max(1, Integer.parseInt(scale.strip()));
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "fuzz-input");
			thread.setDaemon(true);
			return thread;
		});
	}
}
