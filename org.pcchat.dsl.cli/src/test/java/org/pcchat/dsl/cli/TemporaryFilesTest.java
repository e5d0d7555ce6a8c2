package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stopped run leaves of the temporary files it was writing: nothing, and it writes none after. */
class TemporaryFilesTest {

	@TempDir
	private Path dir;

	@Test
	void aStopRemovesTheFileBeingWrittenAndCreatesNoneAfter() throws IOException {
		TemporaryFiles files = new TemporaryFiles();
		Path writing = dir.resolve(".a.md.1.tmp");
		try (FileChannel channel = files.create(writing)) {
			channel.write(ByteBuffer.wrap("# half a check".getBytes(StandardCharsets.UTF_8)));
			files.removeAll();
		}
		assertFalse(Files.exists(writing), "removed while being written");

		Path next = dir.resolve(".a.html.2.tmp");
		assertThrows(IOException.class, () -> files.create(next).close());
		assertFalse(Files.exists(next), "the writing thread, still running, creates no file after the stop");
	}

	@Test
	void aFileRenamedBeforeTheStopStays() throws IOException {
		TemporaryFiles files = new TemporaryFiles();
		Path temporary = dir.resolve(".a.md.1.tmp");
		files.create(temporary).close();
		Path checklist = Files.move(temporary, dir.resolve("a.md"));
		assertTrue(files.forget(temporary));

		files.removeAll();

		assertTrue(Files.exists(checklist));
	}
}
