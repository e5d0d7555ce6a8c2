package org.pcchat.dsl.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A topology file: {@code displayPath} is how diagnostics name it (as the user typed it, or below
 * the directory they typed), {@code path} is where it is read from.
 */
record SourceFile(String displayPath, Path path) {

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

  private byte[] readBytes() throws InputException {
    try {
      return Files.readAllBytes(path);
    } catch (AccessDeniedException e) {
      throw new InputException(displayPath, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(displayPath, "cannot read: " + e.getMessage(), e);
    }
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
