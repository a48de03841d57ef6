package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
)

const (
	defaultLimit = 50
	maxLimit     = 500
	cacheTTL     = 30 * time.Second
)

type ctxKey int

const (
	userKey ctxKey = iota + 1
	traceKey
)

func (s *Server) getWidget(c *gin.Context) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "id must be a number"})
		return
	}
	w, err := s.store.Widget(c, id)
	if errors.Is(err, ErrNotFound) {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if err != nil {
		c.String(500, "lookup failed")
		return
	}
	c.JSON(200, w)
}

func (s *Server) createWidget(c *gin.Context) {
	var in WidgetInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.Header("Location", "/widgets/"+strconv.Itoa(in.ID))
	c.JSON(http.StatusCreated, in)
}

func (s *Server) user(c *gin.Context) *User {
	u, _ := c.Value(userKey).(*User)
	_ = c.Value(1)
	return u
}

func legacyHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	resp, err := http.Get("http://backend.internal:8081/v1/legacy")
	if err != nil {
		http.Error(w, "backend unreachable", 502)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if resp.StatusCode == 418 {
		w.WriteHeader(http.StatusTeapot)
		return
	}
	w.WriteHeader(204)
}

func colorForStatus(code int) string {
	switch {
	case code >= 200 && code < 300:
		return green
	case code >= 400 && code < 500:
		return yellow
	default:
		return red
	}
}
