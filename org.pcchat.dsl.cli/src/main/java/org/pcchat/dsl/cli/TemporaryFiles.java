package org.pcchat.dsl.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The temporary files a run is writing, for removal when it is stopped before renaming them (Ctrl-C,
 * kill). The writing thread runs on while the shutdown hooks do, so creating and registering a file
 * happen under the same lock as the removal: a file is either registered before {@link #removeAll}
 * or never created.
 */
final class TemporaryFiles {

	private final Set<Path> inProgress = new HashSet<>();
	private boolean stopped;

	/** Creates the file, which must not exist yet, for writing. */
	synchronized FileChannel create(Path file) throws IOException {
		if (stopped) {
			throw new IOException("pcchat is stopping");
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		inProgress.add(file);
		return channel;
	}

	/** The file was renamed or removed: nothing to remove any more. True when it was created here. */
	synchronized boolean forget(Path file) {
		return inProgress.remove(file);
	}

	/** Removes every file still being written; creates none after. */
	synchronized void removeAll() {
		stopped = true;
		for (Path file : inProgress) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// the JVM is stopping: nothing better to do than leave a hidden file the next run removes
			}
		}
		inProgress.clear();
	}
}
