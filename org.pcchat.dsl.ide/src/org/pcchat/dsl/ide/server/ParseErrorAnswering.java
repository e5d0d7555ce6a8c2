package org.pcchat.dsl.ide.server;

import java.io.Reader;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.MessageConstants;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.JsonParseException;

/**
 * JSON-RPC requires an answer to a message that is not JSON: a Parse error (-32700) with a null
 * id. LSP4J answers a malformed request whose method it could read, but logs everything else and
 * answers nothing: text that is no JSON at all, or JSON that breaks off before its method (which it
 * takes for a client's response). This endpoint answers both.
 */
final class ParseErrorAnswering extends RemoteEndpoint {

	private static final Logger LOG = Logger.getLogger(ParseErrorAnswering.class.getName());

	// The unvalidated writer: LSP4J's validator rejects a response without id, which this must send.
	private final MessageConsumer writer;

	private ParseErrorAnswering(MessageConsumer writer, MessageConsumer out, Endpoint localEndpoint) {
		super(out, localEndpoint);
		this.writer = writer;
	}

	/** A launcher builder with this endpoint; otherwise LSP4J's, unchanged. */
	static Launcher.Builder<LanguageClient> launcherBuilder() {
		return new Launcher.Builder<>() {
			@Override
			protected MessageJsonHandler createJsonHandler() {
				return new MessageJsonHandler(getSupportedMethods(), configureGson == null ? gson -> { } : configureGson) {
					@Override
					public Message parseMessage(Reader input) {
						try {
							return super.parseMessage(input);
						} catch (JsonParseException e) {
							// Not JSON at all: hand it to the issue handler like the messages LSP4J half-read.
							throw new MessageIssueException(new ResponseMessage(),
									new MessageIssue("Message could not be parsed.", ResponseErrorCode.ParseError.getValue(), e));
						}
					}
				};
			}

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				MessageConsumer writer = new StreamMessageConsumer(output, jsonHandler);
				RemoteEndpoint endpoint = new ParseErrorAnswering(writer, wrapMessageConsumer(writer),
						ServiceEndpoints.toEndpoint(localServices));
				jsonHandler.setMethodProvider(endpoint);
				endpoint.setJsonHandler(jsonHandler);
				return endpoint;
			}
		};
	}

	@Override
	public void handle(Message message, List<MessageIssue> issues) {
		MessageIssue parseError = issues.stream()
				.filter(issue -> issue.getIssueCode() == ResponseErrorCode.ParseError.getValue()).findFirst().orElse(null);
		if (message instanceof RequestMessage || parseError == null) {
			super.handle(message, issues);
			return;
		}
		Throwable cause = parseError.getCause();
		String detail = (cause == null || cause.getMessage() == null ? parseError.getText() : cause.getMessage())
				.lines().findFirst().orElse("");
		LOG.log(Level.WARNING, "Answered a message that is not valid JSON: " + detail);
		ResponseMessage answer = new ResponseMessage();
		answer.setJsonrpc(MessageConstants.JSONRPC_VERSION);
		answer.setError(new ResponseError(ResponseErrorCode.ParseError,
				"Parse error: the message is not valid JSON (" + detail + ")", null));
		writer.consume(answer);
	}
}
