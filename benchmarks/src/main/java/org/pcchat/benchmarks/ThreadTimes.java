package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of a process's threads by name, where Linux tells it ({@code /proc/PID/task}): what
 * the language server spends on the build, the collector and the compilers. Threads of one kind
 * (G1's workers, the compilers) are summed under their name without the number; elsewhere the map
 * is empty.
 */
final class ThreadTimes {

	/** Linux's USER_HZ, the unit of the times in /proc/PID/task/TID/stat, on every common architecture. */
	private static final double MILLIS_PER_TICK = 10;

	private ThreadTimes() {
	}

	/** Clock ticks of user and system time per thread name. */
	static Map<String, Long> of(long pid) {
		Map<String, Long> ticks = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			for (Path task : tasks.toList()) {
				String name = Files.readString(task.resolve("comm")).strip().replaceAll("[#\\d]+$", "").strip();
				String stat = Files.readString(task.resolve("stat"));
				// The fields after the name, which is in parentheses and may hold spaces: 14 and 15 are utime and stime.
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
			}
		} catch (IOException | RuntimeException e) {
			// Not Linux, or a thread ended while being read: whatever was read is the answer.
		}
		return ticks;
	}

	/** Milliseconds per edit spent by each kind of thread between two readings, busiest first. */
	static Map<String, Double> perEdit(Map<String, Long> before, Map<String, Long> after, int edits) {
		Map<String, Double> millis = new TreeMap<>();
		after.forEach((name, ticks) -> {
			long spent = ticks - before.getOrDefault(name, 0L);
			if (spent > 0) {
				millis.put(name, spent * MILLIS_PER_TICK / edits);
			}
		});
		return millis;
	}
}
