package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * A topology file: {@code displayPath} is how diagnostics name it (as the user typed it, or below
 * the directory they typed), {@code path} is where it is read from.
 */
record SourceFile(String displayPath, Path path) {

  /**
   * The largest file read: a topology of 3,000 to 9,000 servers, as much as each one writes (the
   * benchmarks' servers, every attribute written, take 650 bytes). Checking one takes seconds and its
   * checklists hundreds of megabytes; anything larger is refused rather than exhausting memory.
   */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** The file's text; .pctopo files are UTF-8, anything else is reported rather than guessed. */
  String read() throws InputException {
    byte[] bytes = readBytes();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new InputException(displayPath, String.format(
          "not valid UTF-8 (byte 0x%02X on line %d); save the file as UTF-8",
          bytes[offset] & 0xFF, lineOf(bytes, offset)));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    // Editors on Windows may start UTF-8 files with a byte order mark; it is not part of the text.
    return text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
  }

  // Only a regular file is opened: a FIFO or device would block or never end. The size is
  // checked before reading, and again while reading in case the file grows meanwhile.
  private byte[] readBytes() throws InputException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new InputException(displayPath, "not a regular file");
      }
      if (attributes.size() > MAX_BYTES) {
        throw tooLarge(attributes.size());
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(bytes.length);
        }
        return bytes;
      }
    } catch (IOException e) {
      throw InputException.reading(displayPath, e);
    }
  }

  private InputException tooLarge(long size) {
    return new InputException(displayPath, String.format(Locale.ROOT, "too large (%.1f MB); pcchat reads topology"
        + " files of up to %d MB", size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
