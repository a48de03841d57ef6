package com.brightmarket.quotes.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Pushes quote ticks to browser sessions; one session per subscriber token. */
@ServerEndpoint("/ws/quotes")
public class QuoteStreamEndpoint {
  private static final Logger LOG = Logger.getLogger(QuoteStreamEndpoint.class.getName());
  private static final int MAX_SESSIONS = 2000;
  private static final int MAX_FRAME_BYTES = 64 * 1024;

  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

  @OnOpen
  public void open(Session session) throws IOException {
    session.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
    if (sessions.size() >= MAX_SESSIONS) {
      session.close(new CloseReason(CloseCodes.TRY_AGAIN_LATER, "too many subscribers"));
      return;
    }
    String token = session.getRequestParameterMap().getOrDefault("token", java.util.List.of("")).get(0);
    if (!Tokens.isValid(token)) {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "bad token"));
      return;
    }
    sessions.put(session.getId(), session);
  }

  @OnMessage
  public void message(Session session, String text) throws IOException {
    if (text.length() > 512) {
      session.close(new CloseReason(CloseCodes.TOO_BIG, "subscribe frames are small"));
    }
  }

  @OnClose
  public void closed(Session session, CloseReason reason) {
    sessions.remove(session.getId());
    if (reason.getCloseCode() == CloseCodes.GOING_AWAY || reason.getCloseCode() == CloseReason.CloseCodes.NORMAL_CLOSURE) {
      return;
    }
    if (reason.getCloseCode() == CloseCodes.CLOSED_ABNORMALLY) {
      LOG.warning("subscriber " + session.getId() + " dropped without a close frame");
      return;
    }
    LOG.info("subscriber left with " + reason.getCloseCode().getCode() + ": " + reason.getReasonPhrase());
  }

  public void shutdown() throws IOException {
    for (Session session : sessions.values()) {
      session.close(new CloseReason(CloseCodes.SERVICE_RESTART, "redeploying"));
    }
  }
}
