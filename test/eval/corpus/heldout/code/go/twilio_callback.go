package sms

import (
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/twilio/twilio-go/client"
)

// StatusCallback receives Twilio's message status callbacks (form-encoded)
// and updates the outbox row of each message.
type StatusCallback struct {
	Outbox    Outbox
	Validator *client.RequestValidator
	PublicURL string
	Log       *slog.Logger
}

const (
	maxResends   = 2
	resendDelay  = 90 * time.Second
	optOutWindow = 30 * 24 * time.Hour
)

func (h *StatusCallback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if !h.Validator.Validate(h.PublicURL+r.URL.Path, formMap(r), r.Header.Get("X-Twilio-Signature")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}

	sid := r.PostFormValue("MessageSid")
	status := r.PostFormValue("MessageStatus")
	errorCode := r.PostFormValue("ErrorCode")

	h.Log.Info("twilio status", "sid", sid, "status", status, "error_code", errorCode)
	if err := h.Outbox.SetStatus(r.Context(), sid, status); err != nil {
		// Twilio retries a callback that fails; a 500 is what we want here.
		http.Error(w, "outbox unavailable", 500)
		return
	}

	if status == "failed" || status == "undelivered" {
		h.onFailure(r, sid, errorCode)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *StatusCallback) onFailure(r *http.Request, sid, errorCode string) {
	switch errorCode {
	case "30003", "30005", "30006":
		// Unreachable, unknown or landline handset: the number is no good for SMS.
		h.Outbox.MarkNumberBad(r.Context(), sid)
	case "21610":
		// The recipient replied STOP.
		h.Outbox.OptOut(r.Context(), sid, optOutWindow)
	case "30007":
		h.Log.Warn("carrier filtered message as spam", "sid", sid)
		h.Outbox.FlagTemplate(r.Context(), sid)
	case "30008", "30001":
		n, _ := h.Outbox.Resends(r.Context(), sid)
		if n < maxResends {
			h.Outbox.ScheduleResend(r.Context(), sid, resendDelay*time.Duration(n+1))
		}
	case "":
		// Failed without a code: nothing to learn from it.
	default:
		if code, err := strconv.Atoi(errorCode); err == nil && code >= 63000 && code < 64000 {
			h.Log.Warn("channel error on a WhatsApp sender", "sid", sid, "code", code)
			return
		}
		h.Log.Warn("unhandled Twilio error", "sid", sid, "code", errorCode)
	}
}

func formMap(r *http.Request) map[string]string {
	out := make(map[string]string, len(r.PostForm))
	for k, v := range r.PostForm {
		if len(v) > 0 {
			out[k] = v[0]
		}
	}
	return out
}
