package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How --max-size is written: bytes, or a number with k, M or G, each 1,024 times the one before. */
class SizeLimitTest {

	@Test
	void sizesAreBytesOrANumberWithAUnitInAnyCase() {
		assertAll(
				() -> assertEquals(65_536, SizeLimit.parse("65536").bytes()),
				() -> assertEquals(700, SizeLimit.parse("700B").bytes()),
				() -> assertEquals(512 * 1024, SizeLimit.parse("512k").bytes()),
				() -> assertEquals(512 * 1024, SizeLimit.parse("512KB").bytes()),
				() -> assertEquals(512 * 1024, SizeLimit.parse("512KiB").bytes()),
				() -> assertEquals(10L * 1024 * 1024, SizeLimit.parse("10MB").bytes()),
				() -> assertEquals(10L * 1024 * 1024, SizeLimit.parse("10m").bytes()),
				() -> assertEquals(10L * 1024 * 1024, SizeLimit.parse(" 10 MB ").bytes()),
				() -> assertEquals(2L * 1024 * 1024 * 1024, SizeLimit.parse("2GiB").bytes()));
	}

	@Test
	void whatIsNotASizeIsRefusedWithAnExample() {
		for (String text : new String[] {"", "MB", "ten", "1.5MB", "10 TB", "-1", "0", "0k", "10 M B"}) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SizeLimit.parse(text), text);
			assertEquals(true, e.getMessage().startsWith("'" + text + "'"), e.getMessage());
		}
		assertThrows(ArithmeticException.class, () -> SizeLimit.parse("9999999999G"));
		assertThrows(IllegalArgumentException.class, () -> SizeLimit.parse("99999999999999999999"));
	}

	@Test
	void sizesAreShownAsPeopleReadThem() {
		assertAll(
				() -> assertEquals("1 byte", SizeLimit.describe(1)),
				() -> assertEquals("700 bytes", SizeLimit.describe(700)),
				() -> assertEquals("16 kB", SizeLimit.describe(16 * 1024)),
				() -> assertEquals("100 MB", SizeLimit.describe(100L * 1024 * 1024)),
				() -> assertEquals("63.7 MB", SizeLimit.describe(66_828_399)),
				() -> assertEquals("2 GB", SizeLimit.describe(2L * 1024 * 1024 * 1024)));
	}
}
