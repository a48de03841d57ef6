package hub

import (
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

const (
	writeWait      = 10 * time.Second
	pongWait       = 60 * time.Second
	pingPeriod     = (pongWait * 9) / 10
	maxMessageSize = 4096
)

var upgrader = websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024, HandshakeTimeout: 5 * time.Second}

func (c *Client) readPump() {
	defer c.hub.unregister(c)
	c.conn.SetReadLimit(maxMessageSize)
	_ = c.conn.SetReadDeadline(time.Now().Add(pongWait))
	for {
		_, msg, err := c.conn.ReadMessage()
		if err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure) {
				slog.Warn("board socket closed unexpectedly", "err", err)
			}
			if websocket.IsCloseError(err, 4401) {
				c.hub.revoke(c.session)
			}
			var ce *websocket.CloseError
			if errors.As(err, &ce) && ce.Code == websocket.CloseMessageTooBig {
				slog.Info("client sent more than 4096 bytes", "board", c.board)
			}
			return
		}
		c.hub.broadcast <- msg
	}
}

func (c *Client) kick(reason string) {
	msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, reason)
	_ = c.conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(writeWait))
}

func (c *Client) shutdown() {
	msg := websocket.FormatCloseMessage(1001, "board server going down")
	_ = c.conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(writeWait))
	c.conn.Close()
}

func serveBoard(h *Hub, w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		http.Error(w, "upgrade failed", http.StatusBadRequest)
		return
	}
	h.register <- &Client{hub: h, conn: conn, send: make(chan []byte, 256)}
}
