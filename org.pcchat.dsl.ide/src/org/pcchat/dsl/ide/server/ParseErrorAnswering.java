package org.pcchat.dsl.ide.server;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
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

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * JSON-RPC requires an answer to a message that is not JSON: a Parse error (-32700) with a null
 * id. LSP4J answers a malformed request whose method it could read, but logs everything else and
 * answers nothing: text that is no JSON at all, or JSON that breaks off before its method (which it
 * takes for a client's response). This endpoint answers both. JSON that is no JSON-RPC message
 * gets an Invalid Request (-32600), and a request whose params do not fit its method Invalid
 * params (-32602): LSP4J calls all of them parse errors.
 * <p>
 * Works around: {@code RemoteEndpoint.handle} answering only the malformed messages that
 * {@code MessageTypeAdapter} could half-read (the handling added for
 * https://github.com/eclipse-lsp4j/lsp4j/issues/152); this replaces the launcher's JSON handler and
 * remote endpoint. Written against LSP4J 1.0.0: UpstreamVersionsTest fails when that version
 * changes, so that an upgrade re-examines it.
 */
final class ParseErrorAnswering extends RemoteEndpoint {

	private static final Logger LOG = Logger.getLogger(ParseErrorAnswering.class.getName());

	private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

	// The unvalidated writer: LSP4J's validator rejects a response without id, which this must send.
	private final MessageConsumer writer;

	private ParseErrorAnswering(MessageConsumer writer, MessageConsumer out, Endpoint localEndpoint) {
		super(out, localEndpoint);
		this.writer = writer;
	}

	/** A launcher builder with this endpoint and a {@link FrameReader}; otherwise LSP4J's, unchanged. */
	static Launcher.Builder<LanguageClient> launcherBuilder() {
		return new Launcher.Builder<>() {
			@Override
			protected MessageJsonHandler createJsonHandler() {
				return new MessageJsonHandler(getSupportedMethods(), configureGson == null ? gson -> { } : configureGson) {
					@Override
					public Message parseMessage(Reader input) {
						String text = readAll(input);
						try {
							Message message = super.parseMessage(new StringReader(text));
							if (message == null) {
								// Gson reads nothing, or the literal null, as no object; LSP4J then only logs.
								throw new JsonParseException(text.isBlank() ? "the message is empty" : "the message is " + text.strip());
							}
							return message;
						} catch (MessageIssueException e) {
							throw e.getRpcMessage() instanceof RequestMessage request && isJson(text) ? invalidParams(request, e) : e;
						} catch (RuntimeException e) {
							// No message at all: hand it to the issue handler like the messages LSP4J half-read.
							ResponseErrorCode code = isJson(text) ? ResponseErrorCode.InvalidRequest : ResponseErrorCode.ParseError;
							throw new MessageIssueException(new ResponseMessage(), new MessageIssue(detail(e), code.getValue(), e));
						}
					}
				};
			}

			private MessageJsonHandler jsonHandler;
			private RemoteEndpoint endpoint;

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				MessageConsumer writer = new StreamMessageConsumer(output, jsonHandler);
				endpoint = new ParseErrorAnswering(writer, wrapMessageConsumer(writer), ServiceEndpoints.toEndpoint(localServices));
				jsonHandler.setMethodProvider(endpoint);
				endpoint.setJsonHandler(jsonHandler);
				this.jsonHandler = jsonHandler;
				return endpoint;
			}

			@Override
			protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
					LanguageClient client) {
				return new ConcurrentMessageProcessor(new FrameReader(input, jsonHandler, endpoint), consumer);
			}
		};
	}

	@Override
	public void handle(Message message, List<MessageIssue> issues) {
		MessageIssue unreadable = issues.stream().filter(issue -> issue.getIssueCode() == ResponseErrorCode.ParseError.getValue()
				|| issue.getIssueCode() == ResponseErrorCode.InvalidRequest.getValue()).findFirst().orElse(null);
		if (message instanceof RequestMessage || unreadable == null) {
			super.handle(message, issues);
			return;
		}
		String detail = unreadable.getCause() == null ? unreadable.getText() : detail(unreadable.getCause());
		boolean json = unreadable.getIssueCode() == ResponseErrorCode.InvalidRequest.getValue();
		String what = json ? "Invalid Request: the message is JSON but no JSON-RPC request, notification or response"
				: "Parse error: the message is not valid JSON";
		LOG.log(Level.WARNING, "Answered a message that is " + (json ? "no JSON-RPC message: " : "not valid JSON: ") + detail);
		ResponseMessage answer = new ResponseMessage();
		answer.setJsonrpc(MessageConstants.JSONRPC_VERSION);
		answer.setError(new ResponseError(json ? ResponseErrorCode.InvalidRequest : ResponseErrorCode.ParseError,
				what + " (" + detail + ")", null));
		writer.consume(answer);
	}

	private static MessageIssueException invalidParams(RequestMessage request, MessageIssueException unreadable) {
		Exception cause = unreadable.getIssues().get(0).getCause();
		String detail = cause == null ? unreadable.getMessage() : detail(cause);
		return new MessageIssueException(request, new MessageIssue("Invalid params: the params of '" + request.getMethod()
				+ "' do not have the types the method takes (" + detail + ")", ResponseErrorCode.InvalidParams.getValue()));
	}

	// The first line of the innermost message: Gson's says where (path $.params.position), not which wrapper.
	private static String detail(Throwable error) {
		Throwable innermost = error;
		while (innermost.getCause() != null && innermost.getCause().getMessage() != null) {
			innermost = innermost.getCause();
		}
		String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
		return message.lines().findFirst().orElse("");
	}

	/** Whether {@code text} is one JSON value, read as strictly as LSP4J reads messages (Gson's default). */
	static boolean isJson(String text) {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			JSON.read(reader);
			return reader.peek() == JsonToken.END_DOCUMENT;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static String readAll(Reader input) {
		StringWriter text = new StringWriter();
		try {
			input.transferTo(text);
		} catch (IOException e) {
			throw new JsonIOException(e);
		}
		return text.toString();
	}
}
