package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * Completion, hover and definition at positions outside the document. LSP 3.17 (Position): a
 * character past the end of its line means the line's end; a line past the last line, or a
 * negative number, is an invalid parameter, answered -32602 with a sentence that says which.
 */
class OutOfRangePositionTest extends ExampleSession {

	/**
	 * The requests that take a position, each as a function of the position. Completion as what it
	 * proposes: its edits end at the position as sent, which the client reads by the same rule.
	 */
	private final List<Function<Position, CompletableFuture<?>>> requests = List.of(
			position -> service().completion(new CompletionParams(document(), position)).thenApply(list -> list.getRight()
					.getItems().stream().map(item -> item.getLabel() + " " + item.getTextEdit().getLeft().getNewText()).toList()),
			position -> service().hover(new HoverParams(document(), position)),
			position -> service().definition(new DefinitionParams(document(), position)));

	@Test
	void aLinePastTheLastLineIsAnInvalidParameter() throws Exception {
		int lines = text.split("\n", -1).length;
		for (Position past : List.of(new Position(lines, 0), new Position(100_000, 3))) {
			for (Function<Position, CompletableFuture<?>> request : requests) {
				ResponseError error = errorOf(request.apply(past));
				assertAll(
						() -> assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error::toString),
						() -> assertTrue(error.getMessage().contains("line " + past.getLine()), error::getMessage),
						() -> assertTrue(error.getMessage().contains(lines + " lines"), error::getMessage));
			}
		}
		assertTheServerStillAnswers();
	}

	@Test
	void theLastLineIsInside() throws Exception {
		int last = text.split("\n", -1).length - 1;
		for (Function<Position, CompletableFuture<?>> request : requests) {
			get(request.apply(new Position(last, 0)));
		}
	}

	@Test
	void aNegativeLineOrCharacterIsAnInvalidParameter() throws Exception {
		Position nextHop = positionOf(text, "nexthop FE", 0);
		for (Position negative : List.of(new Position(nextHop.getLine(), -1), new Position(-1, 0), new Position(-3, -5))) {
			for (Function<Position, CompletableFuture<?>> request : requests) {
				ResponseError error = errorOf(request.apply(negative));
				assertAll(
						() -> assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error::toString),
						() -> assertTrue(error.getMessage().contains("negative"), error::getMessage));
			}
		}
		assertTheServerStillAnswers();
	}

	@Test
	void aCharacterPastTheEndOfItsLineMeansTheLineEnd() throws Exception {
		Position afterFrontEnd = positionOf(text, "nexthop FE", "nexthop FE".length());
		String line = text.split("\n", -1)[afterFrontEnd.getLine()];
		assertEquals(line.length(), afterFrontEnd.getCharacter(), "'nexthop FE' must end its line");
		for (Function<Position, CompletableFuture<?>> request : requests) {
			Object atTheEnd = get(request.apply(afterFrontEnd));
			for (int past : List.of(line.length() + 1, 5_000)) {
				assertEquals(atTheEnd, get(request.apply(new Position(afterFrontEnd.getLine(), past))));
			}
		}
		Object completion = get(requests.get(0).apply(new Position(afterFrontEnd.getLine(), 5_000)));
		assertTrue(((List<?>) completion).contains("FE FE"), () -> "no 'FE' completed at the end of 'nexthop FE': " + completion);
		assertTheServerStillAnswers();
	}

	/** Ranges follow the same rules, and one cannot end before it starts: range formatting. */
	@Test
	void aRangeOutsideTheDocumentOrBackwardsIsAnInvalidParameter() throws Exception {
		int lines = text.split("\n", -1).length;
		Position nextHop = positionOf(text, "nexthop FE", 0);
		for (Range range : List.of(new Range(nextHop, new Position(lines + 5, 0)), new Range(nextHop, new Position(2, 0)))) {
			ResponseError error = errorOf(service().rangeFormatting(
					new DocumentRangeFormattingParams(document(), new FormattingOptions(4, true), range)));
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode(), error::toString);
		}
		Range pastTheLineEnd = new Range(new Position(nextHop.getLine(), 0), new Position(nextHop.getLine(), 5_000));
		get(service().rangeFormatting(new DocumentRangeFormattingParams(document(), new FormattingOptions(4, true),
				pastTheLineEnd)));
		assertTheServerStillAnswers();
	}

	private void assertTheServerStillAnswers() throws Exception {
		Hover hover = get(service().hover(new HoverParams(document(), positionOf(text, "nexthop FE", "nexthop ".length()))));
		assertEquals("**Front End pool 'FE'** `fepool.contoso.com`\n\n2 servers · back end SQLBE.RTC",
				hover.getContents().getRight().getValue());
	}

	private TextDocumentService service() {
		return session.server().getTextDocumentService();
	}

	private static ResponseError errorOf(CompletableFuture<?> answer) {
		ExecutionException failed = assertThrows(ExecutionException.class, () -> get(answer));
		return assertInstanceOf(ResponseErrorException.class, failed.getCause()).getResponseError();
	}
}
